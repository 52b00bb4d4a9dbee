export * from './constants';
export * from './feed';
export { socialLogic } from './logic';
export * from './notifications';
export * from './schema';
export * from './validation';
