export * from './auth';
export * from './connections';
export * from './constants';
export { usersLogic, usersRenderedSql } from './logic';
export * from './schema';
export * from './sessions';
export * from './travel';
export * from './validation';
