export { bookingsLogic } from './logic';
export * from './schema';
