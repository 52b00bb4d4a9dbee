import { audit, id, timestamps, timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Badge catalog. */
export const achievements = pgTable(
  'achievements',
  {
    ...id(),
    code: text().notNull(),
    name: text().notNull(),
    description: text(),
    category: text(),
    criteria: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    points: integer().notNull().default(0),
    // media_files is in @touriquest/content (higher layer): no foreign key possible from here.
    iconMediaId: uuid(),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('achievements_code_key').on(t.code),
    check('achievements_code_check', sql`${t.code} ~ '^[a-z0-9_]{2,64}$'`),
    check('achievements_name_check', sql`length(btrim(${t.name})) > 0`),
    check('achievements_criteria_object_check', sql`jsonb_typeof(${t.criteria}) = 'object'`),
    check('achievements_points_check', sql`${t.points} >= 0`),
  ],
);

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

export type Achievement = typeof achievements.$inferSelect;
export type NewAchievement = typeof achievements.$inferInsert;
export type UserAchievement = typeof userAchievements.$inferSelect;
export type NewUserAchievement = typeof userAchievements.$inferInsert;
