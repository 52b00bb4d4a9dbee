export * from './constants';
export { propertiesLogic } from './logic';
export * from './schema';
export * from './validation';
