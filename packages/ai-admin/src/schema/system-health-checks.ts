import { jsonSizeCheck, timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { healthStatusEnum } from './enums';

/**
 * Health checks of each component, append-only and monthly range-partitioned on `checked_at`; created by
 * migration 0004 and kept out of drizzle-kit's view by drizzle.config.ts (`partitioned-tables.test.ts` checks
 * this definition against the migrated table).
 */
export const systemHealthChecks = pgTable(
  'system_health_checks',
  {
    id: uuid().notNull().default(sql`uuid_generate_v7()`),
    checkedAt: timestamptz().notNull().default(sql`clock_timestamp()`),
    component: text().notNull(),
    status: healthStatusEnum().notNull(),
    metrics: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    message: text(),
  },
  (t) => [
    jsonSizeCheck('system_health_checks', 'metrics', t.metrics),
    primaryKey({ name: 'system_health_checks_pkey', columns: [t.id, t.checkedAt] }),
  ],
);

export type SystemHealthCheck = typeof systemHealthChecks.$inferSelect;
export type NewSystemHealthCheck = typeof systemHealthChecks.$inferInsert;
