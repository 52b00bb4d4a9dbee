import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../columns-base';

/**
 * Transactional outbox: an event row is written in the same transaction as the change it announces, so
 * there is never a change without its event nor an event without its change. Deliverers claim rows in
 * `seq` order with `for update skip locked` (see `claimOutboxEvents`).
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: uuid().primaryKey().default(sql`uuid_generate_v7()`),
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    topic: text().notNull(),
    aggregateType: text().notNull(),
    aggregateId: uuid().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    actorId: uuid(),
    occurredAt: timestamptz().notNull().defaultNow(),
    publishedAt: timestamptz(),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [
    index('outbox_events_unpublished_seq_idx').on(t.seq).where(sql`${t.publishedAt} is null`),
    index('outbox_events_aggregate_idx').on(t.aggregateType, t.aggregateId, t.seq),
    check('outbox_events_topic_check', sql`${t.topic} ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)+$'`),
    check('outbox_events_payload_object_check', sql`jsonb_typeof(${t.payload}) = 'object'`),
  ],
);
