export { allLogic } from './logic';
export { databaseStatus, migrateDatabase, migrationsFolder } from './migrate';
export { type DomainName, domains, type Schema, schema } from './schema';
