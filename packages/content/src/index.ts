export * from './constants';
export { contentLogic } from './logic';
export * from './schema';
