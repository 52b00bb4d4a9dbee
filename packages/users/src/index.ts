export * from './constants';
export { usersLogic, usersRenderedSql } from './logic';
export * from './queries/auth';
export * from './queries/connections';
export * from './queries/sessions';
export * from './queries/travel';
export { usersRules } from './rules';
export * from './schema';
export * from './validation';
