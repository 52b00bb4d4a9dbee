import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const experiencesRules = {
  experiences_slug_key: 'another experience already uses this slug',
  experiences_slug_reserved_check: 'this slug used to belong to another experience and still redirects there',
  experience_slug_history_slug_key: 'this slug already redirects to an experience',
  experiences_title_check: 'a title is 1-200 characters',
  experiences_slug_format_check: 'slug must be lower-case words joined by - (at most 200 characters)',
  experiences_duration_minutes_check: 'an experience lasts at least one minute',
  experiences_min_participants_check: 'an experience takes at least one participant',
  experiences_max_participants_check: 'max participants cannot be fewer than min participants',
  experiences_price_minor_check: 'the price cannot be negative',
  experiences_languages_check: 'at most 30 languages',
  experiences_meta_title_check: 'meta title is limited to 70 characters',
  experiences_meeting_point_description_check: 'the meeting point description is limited to 1000 characters',
  experiences_meta_description_check: 'meta description is limited to 320 characters',
  experiences_default_locale_check: 'default locale must be a BCP 47 tag such as en or fr-FR',
  experiences_location_range_check:
    'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  experiences_meeting_point_range_check:
    'meeting point out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  experiences_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  experiences_timezone_check: 'timezone must be an IANA zone such as Europe/Paris',
  experiences_currency_currencies_code_fk: 'unknown currency',
  experiences_category_id_experience_categories_id_fk: 'unknown category (or it still holds experiences)',
  experience_categories_slug_key: 'another experience category already uses this slug',
  experience_categories_slug_format_check:
    'slug must be lower-case words joined by - (at most 100 characters)',
  experience_categories_name_check: 'a category name is 1-100 characters',
  experience_categories_not_own_parent_check: 'a category cannot be its own parent',
  experience_categories_no_cycle_check: 'a category cannot be moved under itself or one of its descendants',
  experience_categories_live_children_check:
    'this category still has live subcategories: delete or move them first',
  experience_categories_live_parent_check: 'a live category cannot sit under a deleted one',
  experience_schedules_ends_after_starts_check: 'a schedule ends after it starts',
  experience_schedules_capacity_check: 'a schedule seats at least one participant',
  experience_schedules_seats_booked_check: 'seats booked must be between 0 and the capacity',
  experience_schedules_price_override_check: 'a price override cannot be negative',
  experience_schedules_capacity_max_participants_check:
    "a schedule's capacity cannot exceed the experience's max participants",
  experience_requirements_age_value_check: 'an age requirement is a whole number of years, 0 to 120',
  experience_requirements_value_check: 'a requirement value is 1-200 characters',
  experience_requirements_description_check: 'a requirement description is limited to 1000 characters',
  experience_requirements_one_age_limit_check: 'an experience has at most one min_age and one max_age',
  experience_requirements_age_range_check: 'min_age cannot be above max_age',
  experience_images_cover_key: 'an experience has at most one cover image',
  experience_images_media_kind_check: 'an experience photo must be an image file',
  experience_images_caption_check: 'a caption is limited to 500 characters',
  experience_images_sort_order_check: 'sort order cannot be negative',
  experience_images_media_id_media_files_id_fk: 'unknown media file',
  experience_translations_experience_id_locale_key:
    'this experience already has a translation in that language',
  experience_translations_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  experience_translations_title_check: 'a translated title is 1-200 characters',
  experience_translations_meta_title_check: 'meta title is limited to 70 characters',
  experience_translations_meta_description_check: 'meta description is limited to 320 characters',
} as const satisfies Record<string, string>;

describeRules(experiencesRules);
