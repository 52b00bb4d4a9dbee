import { audit, citext, id, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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

export type UserSocialProfile = typeof userSocialProfiles.$inferSelect;
export type NewUserSocialProfile = typeof userSocialProfiles.$inferInsert;

export const userSocialProfilesRelations = relations(userSocialProfiles, ({ one }) => ({
  user: one(users, { fields: [userSocialProfiles.userId], references: [users.id] }),
}));
