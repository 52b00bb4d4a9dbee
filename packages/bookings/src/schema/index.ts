export * from './bookings';
export * from './changes';
export * from './enums';
export * from './experience-bookings';
export * from './host-performance';
export * from './payments';
export * from './relations';
