import { loadSqlFolder, type RenderedSql, renderedSqlFile, standardTriggersSql } from '@touriquest/core';
import {
  contentAnalytics,
  contentModeration,
  contentRecommendations,
  contentTemplates,
  mediaFiles,
  searchIndex,
  translations,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const contentLogic = loadSqlFolder('content', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const contentRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/content/src/logic.ts',
    standardTriggersSql([
      { table: mediaFiles },
      { table: contentTemplates },
      { table: contentModeration },
      { table: translations },
      { table: contentRecommendations, audit: false },
      { table: contentAnalytics, audit: false },
      // Derived documents, written by the listings' triggers: kept fresh, not audited.
      { table: searchIndex, audit: false },
    ]),
  ),
};
