import { jsonSizeCheck, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * "Actor did verb to object (in target)". High volume and written once: a time-ordered UUIDv7 key, one
 * index for the only read (fan-out on read: the recent activity of the people a user follows), no
 * updated_at, no audit trigger.
 */
export const activityFeed = pgTable(
  'activity_feed',
  {
    id: uuid().primaryKey().default(sql`uuid_generate_v7()`),
    actorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    verb: text().notNull(),
    objectType: text().notNull(),
    objectId: uuid().notNull(),
    targetType: text(),
    targetId: uuid(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    jsonSizeCheck('activity_feed', 'data', t.data),
    index('activity_feed_actor_occurred_idx').on(t.actorId, t.occurredAt, t.id),
    check('activity_feed_verb_format_check', sql`${t.verb} ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'`),
    check('activity_feed_object_type_format_check', sql`${t.objectType} ~ '^[a-z][a-z0-9_]*$'`),
    check('activity_feed_target_check', sql`num_nonnulls(${t.targetType}, ${t.targetId}) in (0, 2)`),
    check('activity_feed_data_object_check', sql`jsonb_typeof(${t.data}) = 'object'`),
  ],
);

export type ActivityFeedEntry = typeof activityFeed.$inferSelect;
export type NewActivityFeedEntry = typeof activityFeed.$inferInsert;

export const activityFeedRelations = relations(activityFeed, ({ one }) => ({
  actor: one(users, { fields: [activityFeed.actorId], references: [users.id] }),
}));
