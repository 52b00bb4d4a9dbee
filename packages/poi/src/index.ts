export * from './constants';
export * from './images';
export { poiLogic } from './logic';
export * from './queries';
export * from './schema';
export * from './validation';
