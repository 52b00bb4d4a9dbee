import { id, ownedBy, privateRowPolicies, timestamptz } from '@touriquest/core';
import { experiences } from '@touriquest/experiences/schema';
import { pois } from '@touriquest/poi/schema';
import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * A listing suggested to a user: an exclusive arc of real foreign keys (exactly one of property, POI,
 * experience), scored 0..1, with the interaction times the models learn from.
 */
export const smartRecommendations = pgTable(
  'smart_recommendations',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    propertyId: uuid().references(() => properties.id, { onDelete: 'cascade' }),
    poiId: uuid().references(() => pois.id, { onDelete: 'cascade' }),
    experienceId: uuid().references(() => experiences.id, { onDelete: 'cascade' }),
    score: doublePrecision().notNull(),
    reason: text(),
    algorithm: text().notNull(),
    modelVersion: text(),
    shownAt: timestamptz(),
    clickedAt: timestamptz(),
    dismissedAt: timestamptz(),
    expiresAt: timestamptz(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    check(
      'smart_recommendations_one_target_check',
      sql`num_nonnulls(${t.propertyId}, ${t.poiId}, ${t.experienceId}) = 1`,
    ),
    check('smart_recommendations_score_check', sql`${t.score} between 0 and 1`),
    check('smart_recommendations_algorithm_format_check', sql`${t.algorithm} ~ '^[a-z][a-z0-9_.-]{0,63}$'`),
    check('smart_recommendations_expires_check', sql`${t.expiresAt} > ${t.createdAt}`),
    // A user's current suggestions, best first.
    index('smart_recommendations_user_score_idx').on(t.userId, t.score).where(sql`${t.dismissedAt} is null`),
    // For the foreign keys' cascades from the listing side.
    index('smart_recommendations_property_idx').on(t.propertyId).where(sql`${t.propertyId} is not null`),
    index('smart_recommendations_poi_idx').on(t.poiId).where(sql`${t.poiId} is not null`),
    index('smart_recommendations_experience_idx')
      .on(t.experienceId)
      .where(sql`${t.experienceId} is not null`),
    ...privateRowPolicies('smart_recommendations', ownedBy(t.userId)),
  ],
);

export type SmartRecommendation = typeof smartRecommendations.$inferSelect;
export type NewSmartRecommendation = typeof smartRecommendations.$inferInsert;

export const smartRecommendationsRelations = relations(smartRecommendations, ({ one }) => ({
  user: one(users, { fields: [smartRecommendations.userId], references: [users.id] }),
  property: one(properties, { fields: [smartRecommendations.propertyId], references: [properties.id] }),
}));
