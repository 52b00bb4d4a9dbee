export * from './api';
export * from './constants';
export * from './errors';
export { bookingsLogic, bookingsRenderedSql } from './logic';
export * from './reference';
export * from './schema';
export * from './validation';
