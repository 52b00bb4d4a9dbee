import { loadSqlFolder, type RenderedSql, renderedSqlFile, standardTriggersSql } from '@touriquest/core';
import { aiConversations, systemSettings, userPreferenceLearning } from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const aiAdminLogic = loadSqlFolder('ai-admin', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const aiAdminRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/ai-admin/src/logic.ts',
    standardTriggersSql([
      { table: aiConversations, audit: false },
      { table: userPreferenceLearning, audit: false },
      { table: systemSettings, redact: ['value'] },
    ]),
  ),
};
