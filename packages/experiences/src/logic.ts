import {
  categoryTreeSql,
  listingSearchSyncSql,
  loadSqlFolder,
  mediaKindSql,
  type RenderedSql,
  renderedSqlFile,
  slugHistorySql,
  standardTriggersSql,
  timezoneRuleSql,
  writeGuardSql,
} from '@touriquest/core';
import {
  experienceCategories,
  experienceImages,
  experienceRequirements,
  experienceSchedules,
  experiences,
  experienceTranslations,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const experiencesLogic = loadSqlFolder('experiences', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const experiencesRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/experiences/src/logic.ts',
    standardTriggersSql([
      { table: experiences, quiet: ['rating_count', 'rating_sum', 'rating_avg'] },
      { table: experienceCategories },
      { table: experienceSchedules },
      { table: experienceRequirements },
      { table: experienceTranslations },
      { table: experienceImages, audit: false },
    ]),
  ),
  'category-tree.generated.sql': renderedSqlFile(
    "core's categoryTreeSql in @touriquest/experiences/src/logic.ts",
    categoryTreeSql({ table: 'experience_categories' }),
  ),
  'slug-history.generated.sql': renderedSqlFile(
    "core's slugHistorySql in @touriquest/experiences/src/logic.ts",
    slugHistorySql({ table: 'experiences', entity: 'experience', noun: 'experience' }),
  ),
  'timezone-rule.generated.sql': renderedSqlFile(
    "core's timezoneRuleSql in @touriquest/experiences/src/logic.ts",
    timezoneRuleSql({ table: 'experiences', example: 'Europe/Paris' }),
  ),
  'search-sync.generated.sql': renderedSqlFile(
    "core's listingSearchSyncSql in @touriquest/experiences/src/logic.ts",
    listingSearchSyncSql({
      table: 'experiences',
      entity: 'experience',
      translations: 'experience_translations',
      titleColumn: 'title',
    }),
  ),
  'media-kinds.generated.sql': renderedSqlFile(
    "core's mediaKindSql in @touriquest/experiences/src/logic.ts",
    mediaKindSql({ table: 'experience_images', column: 'media_id', kinds: ['image'] }),
  ),
  'write-guard.generated.sql': renderedSqlFile(
    "core's writeGuardSql in @touriquest/experiences/src/logic.ts",
    writeGuardSql([
      { table: experienceSchedules, derived: ['seats_booked'], source: 'confirmed experience bookings' },
      {
        table: experiences,
        derived: ['rating_count', 'rating_sum', 'rating_avg'],
        source: 'published reviews',
      },
    ]),
  ),
};
