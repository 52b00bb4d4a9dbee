export * from './constants';
export { propertiesLogic } from './logic';
export * from './pricing';
export * from './schema';
export * from './search';
export * from './slugs';
export * from './validation';
export * from './validation-extra';
