export * from './constants';
export { contentLogic, contentRenderedSql } from './logic';
export * from './schema';
export * from './search';
export * from './services';
export * from './templates';
export * from './validation';
