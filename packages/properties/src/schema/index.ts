export * from './enums';
export * from './properties';
export * from './property-availability';
export * from './relations';
