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
  poiArExperiences,
  poiAudioGuides,
  poiCategories,
  poiImages,
  poiOpeningHours,
  pois,
  poiTranslations,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const poiLogic = loadSqlFolder('poi', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const poiRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/poi/src/logic.ts',
    standardTriggersSql([
      { table: pois, quiet: ['rating_count', 'rating_sum', 'rating_avg'] },
      { table: poiCategories },
      { table: poiAudioGuides },
      { table: poiArExperiences },
      { table: poiTranslations },
      { table: poiOpeningHours },
      { table: poiImages, audit: false },
    ]),
  ),
  'category-tree.generated.sql': renderedSqlFile(
    "core's categoryTreeSql in @touriquest/poi/src/logic.ts",
    categoryTreeSql({ table: 'poi_categories' }),
  ),
  'slug-history.generated.sql': renderedSqlFile(
    "core's slugHistorySql in @touriquest/poi/src/logic.ts",
    slugHistorySql({ table: 'pois', entity: 'poi', noun: 'POI' }),
  ),
  'timezone-rule.generated.sql': renderedSqlFile(
    "core's timezoneRuleSql in @touriquest/poi/src/logic.ts",
    timezoneRuleSql({ table: 'pois', example: 'Asia/Tokyo' }),
  ),
  'search-sync.generated.sql': renderedSqlFile(
    "core's listingSearchSyncSql in @touriquest/poi/src/logic.ts",
    listingSearchSyncSql({
      table: 'pois',
      entity: 'poi',
      translations: 'poi_translations',
      titleColumn: 'name',
    }),
  ),
  'media-kinds.generated.sql': renderedSqlFile(
    "core's mediaKindSql in @touriquest/poi/src/logic.ts",
    [
      mediaKindSql({ table: 'poi_images', column: 'media_id', kinds: ['image'] }),
      mediaKindSql({ table: 'poi_audio_guides', column: 'media_id', kinds: ['audio'] }),
      mediaKindSql({
        table: 'poi_ar_experiences',
        column: 'asset_media_id',
        kinds: ['model', 'image', 'video'],
      }),
    ].join('\n'),
  ),
  'write-guard.generated.sql': renderedSqlFile(
    "core's writeGuardSql in @touriquest/poi/src/logic.ts",
    writeGuardSql([
      { table: pois, derived: ['rating_count', 'rating_sum', 'rating_avg'], source: 'published reviews' },
    ]),
  ),
};
