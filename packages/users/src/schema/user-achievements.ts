import { id, timestamps, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { achievements } from './achievements';
import { users } from './users';

/**
 * Progress is a whole percentage 0..100; at 100 the badge is awarded (`awarded_at` filled by trigger when
 * omitted). Deleting a catalog entry that someone earned is refused (restrict): that history matters;
 * deactivate it instead. Purging a user removes their awards (cascade) with the rest of their data.
 */
export const userAchievements = pgTable(
  'user_achievements',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    achievementId: uuid()
      .notNull()
      .references(() => achievements.id, { onDelete: 'restrict' }),
    progress: integer().notNull().default(0),
    awardedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_achievements_user_id_achievement_id_key').on(t.userId, t.achievementId),
    index('user_achievements_achievement_id_idx').on(t.achievementId),
    check('user_achievements_progress_check', sql`${t.progress} between 0 and 100`),
    check('user_achievements_awarded_at_check', sql`(${t.awardedAt} is not null) = (${t.progress} = 100)`),
  ],
);

export type UserAchievement = typeof userAchievements.$inferSelect;
export type NewUserAchievement = typeof userAchievements.$inferInsert;

export const userAchievementsRelations = relations(userAchievements, ({ one }) => ({
  user: one(users, { fields: [userAchievements.userId], references: [users.id] }),
  achievement: one(achievements, { fields: [userAchievements.achievementId], references: [achievements.id] }),
}));
