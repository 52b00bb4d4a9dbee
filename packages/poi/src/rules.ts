import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const poiRules = defineRules({
  pois_slug_key: { code: 'already_exists', message: 'another POI already uses this slug' },
  pois_slug_reserved_check: {
    code: 'invalid_input',
    message: 'this slug used to belong to another POI and still redirects there',
  },
  poi_slug_history_slug_key: { code: 'already_exists', message: 'this slug already redirects to a POI' },
  pois_name_check: { code: 'invalid_input', message: 'a POI name is 1-200 characters' },
  pois_slug_format_check: {
    code: 'invalid_input',
    message: 'slug must be lower-case words joined by - (at most 200 characters)',
  },
  pois_price_level_check: { code: 'invalid_input', message: 'price level is 0 (free) to 4 (very expensive)' },
  pois_entry_fee_minor_check: { code: 'invalid_input', message: 'the entry fee cannot be negative' },
  pois_entry_fee_currency_check: { code: 'invalid_input', message: 'an entry fee needs its currency' },
  pois_currency_currencies_code_fk: { code: 'not_found', message: 'unknown currency' },
  pois_popularity_score_check: { code: 'invalid_input', message: 'popularity cannot be negative' },
  pois_website_check: {
    code: 'invalid_input',
    message: 'website must be an http(s) URL of at most 500 characters',
  },
  pois_phone_check: { code: 'invalid_input', message: 'phone must be in E.164 form, e.g. +212524000000' },
  pois_meta_title_check: { code: 'invalid_input', message: 'meta title is limited to 70 characters' },
  pois_meta_description_check: {
    code: 'invalid_input',
    message: 'meta description is limited to 320 characters',
  },
  pois_default_locale_check: {
    code: 'invalid_input',
    message: 'default locale must be a BCP 47 tag such as en or fr-FR',
  },
  pois_location_range_check: {
    code: 'invalid_input',
    message: 'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  pois_country_code_check: {
    code: 'invalid_input',
    message: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  pois_timezone_check: { code: 'invalid_input', message: 'timezone must be an IANA zone such as Asia/Tokyo' },
  pois_category_id_poi_categories_id_fk: {
    code: 'not_found',
    message: 'unknown POI category (or it still holds POIs)',
  },
  poi_categories_slug_key: { code: 'already_exists', message: 'another POI category already uses this slug' },
  poi_categories_slug_format_check: {
    code: 'invalid_input',
    message: 'slug must be lower-case words joined by - (at most 100 characters)',
  },
  poi_categories_name_check: { code: 'invalid_input', message: 'a category name is 1-100 characters' },
  poi_categories_not_own_parent_check: {
    code: 'invalid_input',
    message: 'a category cannot be its own parent',
  },
  poi_categories_no_cycle_check: {
    code: 'invalid_input',
    message: 'a category cannot be moved under itself or one of its descendants',
  },
  poi_categories_live_children_check: {
    code: 'conflict',
    message: 'this category still has live subcategories: delete or move them first',
  },
  poi_categories_live_parent_check: {
    code: 'conflict',
    message: 'a live category cannot sit under a deleted one',
  },
  poi_categories_parent_id_poi_categories_id_fk: {
    code: 'not_found',
    message: 'unknown parent category (or it still has subcategories)',
  },
  poi_images_cover_key: { code: 'already_exists', message: 'a POI has at most one cover image' },
  poi_images_media_kind_check: { code: 'invalid_input', message: 'a POI photo must be an image file' },
  poi_audio_guides_media_kind_check: {
    code: 'invalid_input',
    message: 'an audio guide must be an audio file',
  },
  poi_ar_experiences_media_kind_check: {
    code: 'invalid_input',
    message: 'an AR asset must be a 3D model, image or video file',
  },
  poi_images_caption_check: { code: 'invalid_input', message: 'a caption is limited to 500 characters' },
  poi_images_sort_order_check: { code: 'invalid_input', message: 'sort order cannot be negative' },
  poi_images_media_id_media_files_id_fk: { code: 'not_found', message: 'unknown media file' },
  poi_audio_guides_poi_id_locale_key: {
    code: 'already_exists',
    message: 'this POI already has an audio guide in that language',
  },
  poi_audio_guides_duration_seconds_check: {
    code: 'invalid_input',
    message: 'an audio guide lasts at least one second',
  },
  poi_audio_guides_title_check: {
    code: 'invalid_input',
    message: 'an audio guide title is 1-200 characters',
  },
  poi_audio_guides_locale_check: {
    code: 'invalid_input',
    message: 'locale must be a BCP 47 tag such as en or fr-FR',
  },
  poi_audio_guides_media_id_media_files_id_fk: { code: 'not_found', message: 'unknown media file' },
  poi_ar_experiences_asset_media_id_fk: { code: 'not_found', message: 'unknown media file' },
  poi_ar_experiences_title_check: {
    code: 'invalid_input',
    message: 'an AR experience title is 1-200 characters',
  },
  poi_ar_experiences_platforms_check: {
    code: 'invalid_input',
    message: 'platforms are one or more of ios, android, web',
  },
  poi_ar_experiences_min_app_version_check: {
    code: 'invalid_input',
    message: 'minimum app version must be semantic, e.g. 2.4.0',
  },
  poi_ar_experiences_anchor_location_range_check: {
    code: 'invalid_input',
    message: 'anchor coordinates out of range: lon within [-180, 180], lat within [-90, 90]',
  },
  poi_translations_poi_id_locale_key: {
    code: 'already_exists',
    message: 'this POI already has a translation in that language',
  },
  poi_translations_locale_check: {
    code: 'invalid_input',
    message: 'locale must be a BCP 47 tag such as en or fr-FR',
  },
  poi_translations_name_check: { code: 'invalid_input', message: 'a translated name is 1-200 characters' },
  poi_translations_meta_title_check: {
    code: 'invalid_input',
    message: 'meta title is limited to 70 characters',
  },
  poi_translations_meta_description_check: {
    code: 'invalid_input',
    message: 'meta description is limited to 320 characters',
  },
  poi_opening_hours_day_of_week_check: {
    code: 'invalid_input',
    message: 'day of week is 0 (Sunday) to 6 (Saturday)',
  },
  poi_opening_hours_day_or_date_check: {
    code: 'invalid_input',
    message: 'an opening-hours row is for either a weekday or a special date',
  },
  poi_opening_hours_times_check: {
    code: 'invalid_input',
    message: 'open rows need distinct opening and closing times; closed rows have none',
  },
  poi_opening_hours_validity_check: {
    code: 'invalid_input',
    message: 'valid_to cannot be before valid_from',
  },
  poi_opening_hours_special_validity_check: {
    code: 'invalid_input',
    message: 'a special date has no validity range',
  },
  poi_ar_experiences_metadata_object_check: {
    code: 'invalid_input',
    message: 'AR experience metadata must be a JSON object',
  },
  poi_categories_metadata_object_check: {
    code: 'invalid_input',
    message: 'category metadata must be a JSON object',
  },
  pois_metadata_object_check: { code: 'invalid_input', message: 'POI metadata must be a JSON object' },
  pois_rating_avg_check: { code: 'invalid_input', message: 'an average rating is between 0 and 5' },
  pois_rating_count_check: { code: 'invalid_input', message: 'a rating count cannot be negative' },
  pois_rating_sum_check: { code: 'invalid_input', message: 'a rating sum cannot be negative' },
  pois_tags_check: { code: 'invalid_input', message: 'tags cannot contain nulls' },
  poi_opening_hours_opens_at_check: {
    code: 'invalid_input',
    message: 'nothing opens at 24:00: that is 00:00 (24:00 only closes a day)',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  poi_ar_experiences_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  poi_categories_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  poi_categories_depth_check: {
    code: 'invalid_input',
    message: 'a category tree is at most 10 levels deep: this category would sit deeper',
  },
  pois_metadata_size_check: { code: 'invalid_input', message: 'metadata must be at most 16 KiB of JSON' },
});
