export * from './constants';
export { poiLogic, poiRenderedSql } from './logic';
export * from './queries/categories';
export * from './queries/images';
export * from './queries/opening-hours';
export * from './queries/search';
export * from './queries/slugs';
export * from './schema';
export * from './validation';
