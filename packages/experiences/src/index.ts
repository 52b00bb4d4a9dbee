export * from './constants';
export { experiencesLogic, experiencesRenderedSql } from './logic';
export * from './queries/categories';
export * from './queries/schedules';
export * from './queries/slugs';
export { experiencesRules } from './rules';
export * from './schema';
export * from './validation';
