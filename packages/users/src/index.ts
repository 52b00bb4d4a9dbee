export * from './constants';
export { usersLogic } from './logic';
export * from './schema';
export * from './validation';
