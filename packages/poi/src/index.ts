export * from './constants';
export * from './images';
export { poiLogic, poiRenderedSql } from './logic';
export * from './queries';
export * from './schema';
export * from './validation';
