/**
 * Monthly range-partitioned, append-only tables. Created by `logic/partitioned.sql.ts` (drizzle-kit cannot
 * express partitioning) and kept out of `schema/index.ts`, so generate and push never plan them; these
 * definitions serve typed reads and writes. Partitions live in the `partitions` schema and are made and
 * dropped by core's `tq_maintain_partitions()` following the `partition_policies` rows registered here.
 */
import { timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { healthStatusEnum } from './schema/enums';

/** Product analytics events; `user_id` is null for anonymous visitors. No FK: events outlive accounts. */
export const userBehaviorEvents = pgTable(
  'user_behavior_events',
  {
    id: uuid().notNull().default(sql`uuid_generate_v7()`),
    occurredAt: timestamptz().notNull().default(sql`clock_timestamp()`),
    userId: uuid(),
    sessionId: text(),
    eventType: text().notNull(),
    properties: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ name: 'user_behavior_events_pkey', columns: [t.id, t.occurredAt] })],
);

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
  (t) => [primaryKey({ name: 'system_health_checks_pkey', columns: [t.id, t.checkedAt] })],
);

export type UserBehaviorEvent = typeof userBehaviorEvents.$inferSelect;
export type NewUserBehaviorEvent = typeof userBehaviorEvents.$inferInsert;
export type SystemHealthCheck = typeof systemHealthChecks.$inferSelect;
export type NewSystemHealthCheck = typeof systemHealthChecks.$inferInsert;

/** Retention of each partitioned table, as registered in `partition_policies`. */
export const partitionRetention = {
  user_behavior_events: '13 months',
  system_health_checks: '3 months',
} as const;
