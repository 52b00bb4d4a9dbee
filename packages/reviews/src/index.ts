export * from './api';
export * from './constants';
export { reviewsLogic } from './logic';
export * from './schema';
export * from './validation';
