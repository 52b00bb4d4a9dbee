export * from './constants';
export { experiencesLogic, experiencesRenderedSql } from './logic';
export * from './queries';
export * from './schema';
export * from './validation';
