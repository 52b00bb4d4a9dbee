import { fileURLToPath } from 'node:url';
import {
  type Database,
  type MigrationReport,
  type MigrationStatus,
  migrationStatus,
  runMigrations,
} from '@touriquest/core';
import { allLogic } from './logic';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Bring a database up to date: extensions, every migration, every domain's database logic. */
export function migrateDatabase(database: Database<any>): Promise<MigrationReport> {
  return runMigrations(database, { migrationsFolder, logic: allLogic });
}

export function databaseStatus(database: Database<any>): Promise<MigrationStatus> {
  return migrationStatus(database, { migrationsFolder, logic: allLogic });
}
