export * from './constants';
export * from './images';
export { propertiesLogic, propertiesRenderedSql } from './logic';
export * from './pricing';
export * from './schema';
export * from './search';
export * from './slugs';
export * from './validation';
export * from './validation-extra';
