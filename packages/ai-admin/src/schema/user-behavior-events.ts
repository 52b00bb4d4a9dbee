import { jsonSizeCheck, timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { clientPlatformEnum } from './enums';

/**
 * Product analytics events, monthly range-partitioned on `occurred_at` and created by migrations (0004,
 * 0007): drizzle-kit cannot express partitioning, so drizzle.config.ts keeps this file out of its view and
 * `partitioned-tables.test.ts` checks it against the migrated table. Partitions live in the `partitions`
 * schema, made and dropped by core's maintenance following `partition_policies`. `user_id` is null for
 * anonymous visitors; no FK: events outlive accounts. Keys are (UUIDv7, time): the partition key must be part
 * of the primary key.
 */
export const userBehaviorEvents = pgTable(
  'user_behavior_events',
  {
    id: uuid().notNull().default(sql`uuid_generate_v7()`),
    occurredAt: timestamptz().notNull().default(sql`clock_timestamp()`),
    userId: uuid(),
    sessionId: text(),
    eventType: text().notNull(),
    properties: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    platform: clientPlatformEnum(),
  },
  (t) => [
    jsonSizeCheck('user_behavior_events', 'properties', t.properties),
    primaryKey({ name: 'user_behavior_events_pkey', columns: [t.id, t.occurredAt] }),
  ],
);

export type UserBehaviorEvent = typeof userBehaviorEvents.$inferSelect;
export type NewUserBehaviorEvent = typeof userBehaviorEvents.$inferInsert;
