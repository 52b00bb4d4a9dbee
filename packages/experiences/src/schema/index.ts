export * from './enums';
export * from './experience-categories';
export * from './experience-images';
export * from './experience-requirements';
export * from './experience-schedules';
export * from './experience-slug-history';
export * from './experience-translations';
export * from './experiences';
