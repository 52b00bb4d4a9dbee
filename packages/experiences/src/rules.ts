import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const experiencesRules = defineRules({
  experiences_slug_key: { code: 'already_exists', message: 'another experience already uses this slug' },
  experiences_slug_reserved_check: {
    code: 'invalid_input',
    message: 'this slug used to belong to another experience and still redirects there',
  },
  experience_slug_history_slug_key: {
    code: 'already_exists',
    message: 'this slug already redirects to an experience',
  },
  experiences_title_check: { code: 'invalid_input', message: 'a title is 1-200 characters' },
  experiences_slug_format_check: {
    code: 'invalid_input',
    message: 'slug must be lower-case words joined by - (at most 200 characters)',
  },
  experiences_duration_minutes_check: {
    code: 'invalid_input',
    message: 'an experience lasts at least one minute',
  },
  experiences_min_participants_check: {
    code: 'invalid_input',
    message: 'an experience takes at least one participant',
  },
  experiences_max_participants_check: {
    code: 'invalid_input',
    message: 'max participants cannot be fewer than min participants',
  },
  experiences_price_minor_check: { code: 'invalid_input', message: 'the price cannot be negative' },
  experiences_languages_check: { code: 'invalid_input', message: 'at most 30 languages' },
  experiences_meta_title_check: { code: 'invalid_input', message: 'meta title is limited to 70 characters' },
  experiences_meta_description_check: {
    code: 'invalid_input',
    message: 'meta description is limited to 320 characters',
  },
  experiences_default_locale_check: {
    code: 'invalid_input',
    message: 'default locale must be a BCP 47 tag such as en or fr-FR',
  },
  experiences_location_range_check: {
    code: 'invalid_input',
    message: 'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  experiences_meeting_point_range_check: {
    code: 'invalid_input',
    message: 'meeting point out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  experiences_country_code_check: {
    code: 'invalid_input',
    message: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  experiences_timezone_check: {
    code: 'invalid_input',
    message: 'timezone must be an IANA zone such as Europe/Paris',
  },
  experiences_currency_currencies_code_fk: { code: 'not_found', message: 'unknown currency' },
  experiences_category_id_experience_categories_id_fk: {
    code: 'not_found',
    message: 'unknown category (or it still holds experiences)',
  },
  experience_categories_slug_key: {
    code: 'already_exists',
    message: 'another experience category already uses this slug',
  },
  experience_categories_slug_format_check: {
    code: 'invalid_input',
    message: 'slug must be lower-case words joined by - (at most 100 characters)',
  },
  experience_categories_name_check: { code: 'invalid_input', message: 'a category name is 1-100 characters' },
  experience_categories_not_own_parent_check: {
    code: 'invalid_input',
    message: 'a category cannot be its own parent',
  },
  experience_categories_no_cycle_check: {
    code: 'invalid_input',
    message: 'a category cannot be moved under itself or one of its descendants',
  },
  experience_categories_live_children_check: {
    code: 'invalid_input',
    message: 'this category still has live subcategories: delete or move them first',
  },
  experience_categories_live_parent_check: {
    code: 'invalid_input',
    message: 'a live category cannot sit under a deleted one',
  },
  experience_schedules_ends_after_starts_check: {
    code: 'invalid_input',
    message: 'a schedule ends after it starts',
  },
  experience_schedules_capacity_check: {
    code: 'invalid_input',
    message: 'a schedule seats at least one participant',
  },
  experience_schedules_seats_booked_check: {
    code: 'invalid_input',
    message: 'seats booked must be between 0 and the capacity',
  },
  experience_schedules_price_override_check: {
    code: 'invalid_input',
    message: 'a price override cannot be negative',
  },
  experience_schedules_capacity_max_participants_check: {
    code: 'conflict',
    message: "a schedule's capacity cannot exceed the experience's max participants",
  },
  experience_requirements_age_value_check: {
    code: 'invalid_input',
    message: 'an age requirement is a whole number of years, 0 to 120',
  },
  experience_requirements_value_check: {
    code: 'invalid_input',
    message: 'a requirement value is 1-200 characters',
  },
  experience_requirements_description_check: {
    code: 'invalid_input',
    message: 'a requirement description is limited to 1000 characters',
  },
  experience_requirements_one_age_limit_check: {
    code: 'invalid_input',
    message: 'an experience has at most one min_age and one max_age',
  },
  experience_requirements_age_range_check: {
    code: 'invalid_input',
    message: 'min_age cannot be above max_age',
  },
  experience_images_cover_key: {
    code: 'already_exists',
    message: 'an experience has at most one cover image',
  },
  experience_images_media_kind_check: {
    code: 'invalid_input',
    message: 'an experience photo must be an image file',
  },
  experience_images_caption_check: {
    code: 'invalid_input',
    message: 'a caption is limited to 500 characters',
  },
  experience_images_sort_order_check: { code: 'invalid_input', message: 'sort order cannot be negative' },
  experience_images_media_id_media_files_id_fk: { code: 'not_found', message: 'unknown media file' },
  experience_translations_experience_id_locale_key: {
    code: 'already_exists',
    message: 'this experience already has a translation in that language',
  },
  experience_translations_locale_check: {
    code: 'invalid_input',
    message: 'locale must be a BCP 47 tag such as en or fr-FR',
  },
  experience_translations_title_check: {
    code: 'invalid_input',
    message: 'a translated title is 1-200 characters',
  },
  experience_translations_meta_title_check: {
    code: 'invalid_input',
    message: 'meta title is limited to 70 characters',
  },
  experience_translations_meta_description_check: {
    code: 'invalid_input',
    message: 'meta description is limited to 320 characters',
  },
  experience_categories_metadata_object_check: {
    code: 'invalid_input',
    message: 'category metadata must be a JSON object',
  },
  experience_schedules_metadata_object_check: {
    code: 'invalid_input',
    message: 'schedule metadata must be a JSON object',
  },
  experiences_metadata_object_check: {
    code: 'invalid_input',
    message: 'experience metadata must be a JSON object',
  },
  experiences_rating_avg_check: { code: 'invalid_input', message: 'an average rating is between 0 and 5' },
  experiences_rating_count_check: { code: 'invalid_input', message: 'a rating count cannot be negative' },
  experiences_rating_sum_check: { code: 'invalid_input', message: 'a rating sum cannot be negative' },
  experience_schedules_capacity_below_booked_check: {
    code: 'conflict',
    message: 'capacity cannot go below the seats already booked',
  },
  experiences_max_participants_schedules_check: {
    code: 'conflict',
    message: 'a schedule of this experience holds more people than that; lower its capacity first',
  },
  experiences_meeting_point_description_check: {
    code: 'invalid_input',
    message: 'the meeting point description is limited to 1000 characters',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  experience_categories_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  experience_categories_depth_check: {
    code: 'invalid_input',
    message: 'a category tree is at most 10 levels deep: this category would sit deeper',
  },
  experience_schedules_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  experiences_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
});
