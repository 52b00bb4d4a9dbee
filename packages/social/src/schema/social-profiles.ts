import { audit, citext, id, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The public face of a user in the social graph. The three counters are owned by triggers
 * (`social/counters`): computed from scratch when the profile is created, moved by follows and posts
 * afterwards, and never writable by an UPDATE from outside a trigger.
 */
export const userSocialProfiles = pgTable(
  'user_social_profiles',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    handle: citext().notNull(),
    displayName: text().notNull(),
    bio: text(),
    avatarUrl: text(),
    followerCount: integer().notNull().default(0),
    followingCount: integer().notNull().default(0),
    postCount: integer().notNull().default(0),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('user_social_profiles_user_id_key').on(t.userId),
    uniqueIndex('user_social_profiles_handle_key').on(t.handle),
    check('user_social_profiles_handle_format_check', sql`${t.handle}::text ~ '^[A-Za-z0-9_.]{3,30}$'`),
    check('user_social_profiles_display_name_check', sql`length(${t.displayName}) between 1 and 80`),
    check('user_social_profiles_bio_check', sql`length(${t.bio}) <= 1000`),
    check(
      'user_social_profiles_counts_check',
      sql`${t.followerCount} >= 0 and ${t.followingCount} >= 0 and ${t.postCount} >= 0`,
    ),
  ],
);

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

export const userSocialProfilesRelations = relations(userSocialProfiles, ({ one }) => ({
  user: one(users, { fields: [userSocialProfiles.userId], references: [users.id] }),
}));

export const userFollowsRelations = relations(userFollows, ({ one }) => ({
  follower: one(users, { fields: [userFollows.followerId], references: [users.id] }),
  followee: one(users, { fields: [userFollows.followeeId], references: [users.id] }),
}));

export type UserSocialProfile = typeof userSocialProfiles.$inferSelect;
export type NewUserSocialProfile = typeof userSocialProfiles.$inferInsert;
export type UserFollow = typeof userFollows.$inferSelect;
export type NewUserFollow = typeof userFollows.$inferInsert;
