import { id, timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { contentEntityTypeEnum } from './enums';

/** Daily counters per entity, incremented atomically by recordContentEvent. */
export const contentAnalytics = pgTable(
  'content_analytics',
  {
    ...id(),
    entityType: contentEntityTypeEnum().notNull(),
    entityId: uuid().notNull(),
    day: date({ mode: 'string' }).notNull(),
    views: integer().notNull().default(0),
    clicks: integer().notNull().default(0),
    shares: integer().notNull().default(0),
    bookings: integer().notNull().default(0),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_analytics_entity_type_entity_id_day_key').on(t.entityType, t.entityId, t.day),
    check(
      'content_analytics_counts_check',
      sql`${t.views} >= 0 and ${t.clicks} >= 0 and ${t.shares} >= 0 and ${t.bookings} >= 0`,
    ),
    // Dashboards read "everything on day D" across entities.
    index('content_analytics_day_idx').on(t.day),
  ],
);

export type ContentAnalytics = typeof contentAnalytics.$inferSelect;
export type NewContentAnalytics = typeof contentAnalytics.$inferInsert;
