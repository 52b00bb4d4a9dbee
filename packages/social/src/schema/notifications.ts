import { jsonSizeCheck, ownedBy, privateRowPolicies, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { notificationChannelEnum } from './enums';

/**
 * High volume: UUIDv7 keys and exactly two indexes, one per read. The unread count is answered from the
 * small partial index alone (an index-only scan once the table is vacuumed), however many read
 * notifications a user has accumulated.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().default(sql`uuid_generate_v7()`),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    title: text().notNull(),
    body: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    channel: notificationChannelEnum().notNull().default('in_app'),
    readAt: timestamptz(),
    sentAt: timestamptz(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    jsonSizeCheck('notifications', 'data', t.data),
    index('notifications_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('notifications_user_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    check('notifications_type_format_check', sql`${t.type} ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'`),
    check('notifications_title_check', sql`length(${t.title}) between 1 and 200`),
    check('notifications_data_object_check', sql`jsonb_typeof(${t.data}) = 'object'`),
    // Any flow may notify any user; only the recipient reads, marks or deletes.
    ...privateRowPolicies('notifications', ownedBy(t.userId), { insert: sql`true` }),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
}));
