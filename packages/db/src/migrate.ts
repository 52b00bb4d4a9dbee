import { fileURLToPath } from 'node:url';
import {
  type Database,
  type MigrateOptions,
  type MigrationReport,
  type MigrationStatus,
  migrationStatus,
  readMigrationFolder,
  runMigrations,
} from '@touriquest/core';
import { allLogic } from './logic';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** After every deploy and push: the monthly partitions every partition policy asks for exist (each guarded against
 * TRUNCATE like its parent), and time_zones holds every zone of the server's tzdata. */
export const afterDeploy = [
  'select tq_premake_partitions()',
  'select tq_refresh_time_zones()',
  // Listings whose rating figures disagree with themselves are recounted (reviews/src/sql/aggregates.sql).
  'select tq_reviews_reconcile_ratings()',
  // An empty dictionary of title words is filled from the documents (content/src/sql/search-words.sql).
  'select tq_search_words_backfill()',
];

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

/**
 * The first statement of 0013: make the roles if they are not there (roles are cluster-wide). The push path runs
 * it before the kit (its CREATE POLICY names them), restore before pg_restore (the archive names them as owners).
 */
export function rolesStatement(): string {
  const file = readMigrationFolder(migrationsFolder).find((f) => f.tag === '0013_roles_and_privileges.sql');
  if (!file?.statements[0]?.includes('create role')) {
    throw new Error('migration 0013_roles_and_privileges.sql no longer starts by making the roles');
  }
  return file.statements[0];
}
