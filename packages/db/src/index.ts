export { allLogic } from './logic';
export { databaseStatus, migrateDatabase, migrationsFolder } from './migrate';
export { allRules, allRuleTables } from './rules';
export { type DomainName, domains, type Schema, schema } from './schema';
