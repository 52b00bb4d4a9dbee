export * from './constants';
export { experiencesLogic } from './logic';
export * from './queries/schedules';
export * from './schema';
export * from './validation';
