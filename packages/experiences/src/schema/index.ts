export * from './enums';
export * from './experience-categories';
export * from './experience-schedules';
export * from './experiences';
