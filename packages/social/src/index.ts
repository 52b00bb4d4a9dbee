export * from './constants';
export * from './feed';
export { socialLogic, socialRenderedSql } from './logic';
export * from './notifications';
export * from './schema';
export * from './validation';
