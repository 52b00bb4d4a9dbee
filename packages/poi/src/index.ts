export * from './constants';
export { poiLogic } from './logic';
export * from './queries/images';
export * from './queries/search';
export * from './schema';
export * from './validation';
