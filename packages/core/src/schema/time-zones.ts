import { pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../columns-base';

/**
 * The server's own zone database, as a table: every name of `pg_timezone_names` (less the `posix/` and
 * `right/` copies). `AT TIME ZONE` alone accepts POSIX strings such as '+01:00' (read as UTC−1) or 'XYZ+3',
 * and scanning `pg_timezone_names` per row costs 100–600 ms, so the `<table>_timezone_check` triggers look
 * names up here. Filled by the migration that made it and refreshed after every deploy
 * (`tq_refresh_time_zones()`), so a tzdata upgrade's new zones arrive; names are never removed.
 */
export const timeZones = pgTable('time_zones', {
  name: text().primaryKey(),
  createdAt: timestamptz().notNull().defaultNow(),
});
