export * from './constants';
export { propertiesLogic, propertiesRenderedSql } from './logic';
export * from './queries/images';
export * from './queries/pricing';
export * from './queries/search';
export * from './queries/slugs';
export { propertiesRules } from './rules';
export * from './schema';
export * from './validation';
