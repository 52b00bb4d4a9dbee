export { allLogic } from './logic';
export { databaseStatus, migrateDatabase, migrationsFolder } from './migrate';
export { domains, type DomainName, schema, type Schema } from './schema';
