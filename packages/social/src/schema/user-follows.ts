import { timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

/** Directed "follows": one row per (follower, followee). Refused with oneself and across a block. */
export const userFollows = pgTable(
  'user_follows',
  {
    followerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    followeeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'user_follows_pkey', columns: [t.followerId, t.followeeId] }),
    // "Who follows X" and the FK on followee_id; the primary key serves "whom does X follow".
    index('user_follows_followee_idx').on(t.followeeId, t.followerId),
    check('user_follows_not_self_check', sql`${t.followerId} <> ${t.followeeId}`),
  ],
);

export type UserFollow = typeof userFollows.$inferSelect;
export type NewUserFollow = typeof userFollows.$inferInsert;

export const userFollowsRelations = relations(userFollows, ({ one }) => ({
  follower: one(users, { fields: [userFollows.followerId], references: [users.id] }),
  followee: one(users, { fields: [userFollows.followeeId], references: [users.id] }),
}));
