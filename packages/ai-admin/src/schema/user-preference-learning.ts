import { id, ownedBy, privateRowPolicies, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, doublePrecision, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { preferenceSourceEnum } from './enums';

/** What the models learned about a user: one weight per (user, feature), e.g. `style.riad` = 0.8. */
export const userPreferenceLearning = pgTable(
  'user_preference_learning',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    feature: text().notNull(),
    weight: doublePrecision().notNull(),
    confidence: doublePrecision().notNull().default(0),
    source: preferenceSourceEnum().notNull(),
    modelVersion: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_preference_learning_user_feature_key').on(t.userId, t.feature),
    check(
      'user_preference_learning_feature_format_check',
      sql`${t.feature} ~ '^[a-z][a-z0-9_]*([.][a-z0-9_]+)*$'`,
    ),
    // Also refuses NaN and infinities, which compare above every number.
    check('user_preference_learning_weight_check', sql`${t.weight} between -1000 and 1000`),
    check('user_preference_learning_confidence_check', sql`${t.confidence} between 0 and 1`),
    ...privateRowPolicies('user_preference_learning', ownedBy(t.userId)),
  ],
);

export type UserPreferenceLearning = typeof userPreferenceLearning.$inferSelect;
export type NewUserPreferenceLearning = typeof userPreferenceLearning.$inferInsert;

export const userPreferenceLearningRelations = relations(userPreferenceLearning, ({ one }) => ({
  user: one(users, { fields: [userPreferenceLearning.userId], references: [users.id] }),
}));
