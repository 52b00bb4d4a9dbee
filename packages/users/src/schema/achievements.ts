import { audit, id, jsonSizeCheck, timestamps, trimmed } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAchievements } from './user-achievements';

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
    jsonSizeCheck('achievements', 'criteria', t.criteria),
    uniqueIndex('achievements_code_key').on(t.code),
    check('achievements_code_check', sql`${t.code} ~ '^[a-z0-9_]{2,64}$'`),
    check('achievements_name_check', sql`length(${trimmed(t.name)}) > 0`),
    check('achievements_criteria_object_check', sql`jsonb_typeof(${t.criteria}) = 'object'`),
    check('achievements_points_check', sql`${t.points} >= 0`),
  ],
);

export type Achievement = typeof achievements.$inferSelect;
export type NewAchievement = typeof achievements.$inferInsert;

export const achievementsRelations = relations(achievements, ({ many }) => ({
  awards: many(userAchievements),
}));
