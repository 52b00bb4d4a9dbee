import {
  loadSqlFolder,
  mediaKindSql,
  type RenderedSql,
  renderedSqlFile,
  standardTriggersSql,
  writeGuardSql,
} from '@touriquest/core';
import { reviewHelpfulVotes, reviewImages, reviews, reviewTranslations } from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const reviewsLogic = loadSqlFolder('reviews', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const reviewsRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/reviews/src/logic.ts',
    standardTriggersSql([
      { table: reviews, quiet: ['helpful_count'] },
      { table: reviewTranslations, audit: false },
      { table: reviewHelpfulVotes, audit: false },
      { table: reviewImages, audit: false },
    ]),
  ),
  'media-kinds.generated.sql': renderedSqlFile(
    "core's mediaKindSql in @touriquest/reviews/src/logic.ts",
    mediaKindSql({ table: 'review_images', column: 'media_id', kinds: ['image'] }),
  ),
  'write-guard.generated.sql': renderedSqlFile(
    "core's writeGuardSql in @touriquest/reviews/src/logic.ts",
    writeGuardSql([{ table: reviews, derived: ['helpful_count'], source: 'review_helpful_votes' }]),
  ),
};
