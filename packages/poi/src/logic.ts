import {
  categoryTreeSql,
  describeRules,
  listingSearchSyncSql,
  loadSqlFolder,
  mediaKindSql,
  type RenderedSql,
  renderedSqlFile,
  slugHistorySql,
  standardTriggersSql,
  timezoneRuleSql,
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

describeRules({
  pois_slug_key: 'another POI already uses this slug',
  pois_slug_reserved_check: 'this slug used to belong to another POI and still redirects there',
  poi_slug_history_slug_key: 'this slug already redirects to a POI',
  pois_name_check: 'a POI name is 1-200 characters',
  pois_slug_format_check: 'slug must be lower-case words joined by - (at most 200 characters)',
  pois_price_level_check: 'price level is 0 (free) to 4 (very expensive)',
  pois_entry_fee_minor_check: 'the entry fee cannot be negative',
  pois_entry_fee_currency_check: 'an entry fee needs its currency',
  pois_currency_currencies_code_fk: 'unknown currency',
  pois_popularity_score_check: 'popularity cannot be negative',
  pois_website_check: 'website must be an http(s) URL of at most 500 characters',
  pois_phone_check: 'phone must be in E.164 form, e.g. +212524000000',
  pois_meta_title_check: 'meta title is limited to 70 characters',
  pois_meta_description_check: 'meta description is limited to 320 characters',
  pois_default_locale_check: 'default locale must be a BCP 47 tag such as en or fr-FR',
  pois_location_range_check:
    'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  pois_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  pois_timezone_check: 'timezone must be an IANA zone such as Asia/Tokyo',
  pois_category_id_poi_categories_id_fk: 'unknown POI category (or it still holds POIs)',
  poi_categories_slug_key: 'another POI category already uses this slug',
  poi_categories_slug_format_check: 'slug must be lower-case words joined by - (at most 100 characters)',
  poi_categories_name_check: 'a category name is 1-100 characters',
  poi_categories_not_own_parent_check: 'a category cannot be its own parent',
  poi_categories_no_cycle_check: 'a category cannot be moved under itself or one of its descendants',
  poi_categories_live_children_check: 'this category still has live subcategories: delete or move them first',
  poi_categories_live_parent_check: 'a live category cannot sit under a deleted one',
  poi_categories_parent_id_poi_categories_id_fk: 'unknown parent category (or it still has subcategories)',
  poi_images_cover_key: 'a POI has at most one cover image',
  poi_images_media_kind_check: 'a POI photo must be an image file',
  poi_audio_guides_media_kind_check: 'an audio guide must be an audio file',
  poi_ar_experiences_media_kind_check: 'an AR asset must be a 3D model, image or video file',
  poi_images_caption_check: 'a caption is limited to 500 characters',
  poi_images_sort_order_check: 'sort order cannot be negative',
  poi_images_media_id_media_files_id_fk: 'unknown media file',
  poi_audio_guides_poi_id_locale_key: 'this POI already has an audio guide in that language',
  poi_audio_guides_duration_seconds_check: 'an audio guide lasts at least one second',
  poi_audio_guides_title_check: 'an audio guide title is 1-200 characters',
  poi_audio_guides_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  poi_audio_guides_media_id_media_files_id_fk: 'unknown media file',
  poi_ar_experiences_asset_media_id_fk: 'unknown media file',
  poi_ar_experiences_title_check: 'an AR experience title is 1-200 characters',
  poi_ar_experiences_platforms_check: 'platforms are one or more of ios, android, web',
  poi_ar_experiences_min_app_version_check: 'minimum app version must be semantic, e.g. 2.4.0',
  poi_ar_experiences_anchor_location_range_check:
    'anchor coordinates out of range: lon within [-180, 180], lat within [-90, 90]',
  poi_translations_poi_id_locale_key: 'this POI already has a translation in that language',
  poi_translations_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  poi_translations_name_check: 'a translated name is 1-200 characters',
  poi_translations_meta_title_check: 'meta title is limited to 70 characters',
  poi_translations_meta_description_check: 'meta description is limited to 320 characters',
  poi_opening_hours_day_of_week_check: 'day of week is 0 (Sunday) to 6 (Saturday)',
  poi_opening_hours_day_or_date_check: 'an opening-hours row is for either a weekday or a special date',
  poi_opening_hours_times_check: 'open rows need distinct opening and closing times; closed rows have none',
  poi_opening_hours_validity_check: 'valid_to cannot be before valid_from',
  poi_opening_hours_special_validity_check: 'a special date has no validity range',
});

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
      { table: pois },
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
};
