export * from './enums';
export * from './poi-categories';
export * from './pois';
