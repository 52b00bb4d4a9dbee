import { timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { clientPlatforms } from '../constants';

/**
 * Which client sent an event. Created by migration 0006 with the column that uses it; like the table, it is
 * kept out of drizzle-kit's view (drizzle.config.ts), so this enum lives in this file, not in enums.ts.
 */
export const clientPlatformEnum = pgEnum('client_platform', clientPlatforms);

/**
 * Product analytics events, monthly range-partitioned on `occurred_at` and created by migrations (0004,
 * 0006): drizzle-kit cannot express partitioning, so drizzle.config.ts keeps this file out of its view and
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
  (t) => [primaryKey({ name: 'user_behavior_events_pkey', columns: [t.id, t.occurredAt] })],
);

export type UserBehaviorEvent = typeof userBehaviorEvents.$inferSelect;
export type NewUserBehaviorEvent = typeof userBehaviorEvents.$inferInsert;
