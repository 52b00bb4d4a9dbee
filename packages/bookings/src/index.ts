export * from './api';
export * from './constants';
export * from './errors';
export { bookingsLogic } from './logic';
export * from './reference';
export * from './schema';
export * from './validation';
