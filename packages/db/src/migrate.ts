import { fileURLToPath } from 'node:url';
import {
  type Database,
  type MigrateOptions,
  type MigrationReport,
  type MigrationStatus,
  migrationStatus,
  runMigrations,
} from '@touriquest/core';
import { allLogic } from './logic';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** After every deploy and push: the monthly partitions every partition policy asks for exist (each guarded against
 * TRUNCATE like its parent), and time_zones holds every zone of the server's tzdata. */
export const afterDeploy = ['select tq_premake_partitions()', 'select tq_refresh_time_zones()'];

export type MigrateDatabaseOptions = Pick<
  MigrateOptions,
  'lockTimeoutMs' | 'lockRetries' | 'retryDelayMs' | 'log'
>;

/** Bring a database up to date: every pending migration, then the repeatable logic that changed. */
export function migrateDatabase(
  database: Database<any>,
  opts: MigrateDatabaseOptions = {},
): Promise<MigrationReport> {
  return runMigrations(database, { migrationsFolder, logic: allLogic, afterDeploy, ...opts });
}

export function databaseStatus(database: Database<any>): Promise<MigrationStatus> {
  return migrationStatus(database, { migrationsFolder, logic: allLogic });
}
