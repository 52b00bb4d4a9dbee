export * from './constants';
export { experiencesLogic } from './logic';
export * from './queries';
export * from './schema';
export * from './validation';
