import {
  listingSearchInsertSql,
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
  amenities,
  properties,
  propertyAvailability,
  propertyCalendar,
  propertyImages,
  propertyPricing,
  propertyRules,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const propertiesLogic = loadSqlFolder('properties', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const propertiesRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/properties/src/logic.ts',
    standardTriggersSql([
      { table: properties, quiet: ['rating_count', 'rating_sum', 'rating_avg'] },
      { table: propertyAvailability },
      { table: propertyPricing },
      { table: propertyCalendar },
      { table: propertyRules },
      { table: amenities },
      { table: propertyImages, audit: false },
    ]),
  ),
  'slug-history.generated.sql': renderedSqlFile(
    "core's slugHistorySql in @touriquest/properties/src/logic.ts",
    slugHistorySql({ table: 'properties', entity: 'property', noun: 'listing' }),
  ),
  'timezone-rule.generated.sql': renderedSqlFile(
    "core's timezoneRuleSql in @touriquest/properties/src/logic.ts",
    timezoneRuleSql({ table: 'properties', example: 'Africa/Casablanca' }),
  ),
  'search-insert.generated.sql': renderedSqlFile(
    "core's listingSearchInsertSql in @touriquest/properties/src/logic.ts",
    listingSearchInsertSql({ table: 'properties', entity: 'property', titleColumn: 'title' }),
  ),
  'media-kinds.generated.sql': renderedSqlFile(
    "core's mediaKindSql in @touriquest/properties/src/logic.ts",
    mediaKindSql({ table: 'property_images', column: 'media_id', kinds: ['image'] }),
  ),
  'write-guard.generated.sql': renderedSqlFile(
    "core's writeGuardSql in @touriquest/properties/src/logic.ts",
    writeGuardSql([
      {
        table: properties,
        derived: ['rating_count', 'rating_sum', 'rating_avg'],
        source: 'published reviews',
      },
    ]),
  ),
};
