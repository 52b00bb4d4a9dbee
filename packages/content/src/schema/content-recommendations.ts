import { id, timestamps } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { contentEntityTypeEnum } from './enums';

/** "Related content" edges, one per (source, target, algorithm); an entity is never related to itself. */
export const contentRecommendations = pgTable(
  'content_recommendations',
  {
    ...id(),
    sourceType: contentEntityTypeEnum().notNull(),
    sourceId: uuid().notNull(),
    targetType: contentEntityTypeEnum().notNull(),
    targetId: uuid().notNull(),
    score: real().notNull(),
    algorithm: text().notNull(),
    reason: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('content_recommendations_source_target_algorithm_key').on(
      t.sourceType,
      t.sourceId,
      t.targetType,
      t.targetId,
      t.algorithm,
    ),
    check(
      'content_recommendations_not_self_check',
      sql`not (${t.sourceType} = ${t.targetType} and ${t.sourceId} = ${t.targetId})`,
    ),
    check('content_recommendations_score_check', sql`${t.score} between 0 and 1`),
    check('content_recommendations_algorithm_check', sql`${t.algorithm} ~ '^[a-z][a-z0-9_.-]{0,63}$'`),
    // "Best related items for X under algorithm A".
    index('content_recommendations_source_idx').on(t.sourceType, t.sourceId, t.algorithm, t.score.desc()),
    // Deleting a target removes the edges pointing at it.
    index('content_recommendations_target_idx').on(t.targetType, t.targetId),
  ],
);

export type ContentRecommendation = typeof contentRecommendations.$inferSelect;
export type NewContentRecommendation = typeof contentRecommendations.$inferInsert;
