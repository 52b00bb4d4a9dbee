export * from './constants';
export { experiencesLogic } from './logic';
export * from './queries/categories';
export * from './queries/schedules';
export * from './queries/slugs';
export * from './schema';
export * from './validation';
