export * from './auth';
export * from './connections';
export * from './constants';
export { usersLogic } from './logic';
export * from './schema';
export * from './sessions';
export * from './travel';
export * from './validation';
