import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const propertiesRules = defineRules({
  properties_slug_key: { code: 'already_exists', message: 'another listing already uses this slug' },
  properties_max_guests_check: { code: 'invalid_input', message: 'a property must host at least one guest' },
  properties_bedrooms_check: { code: 'invalid_input', message: 'bedrooms cannot be negative' },
  properties_beds_check: { code: 'invalid_input', message: 'beds cannot be negative' },
  properties_bathrooms_check: { code: 'invalid_input', message: 'bathrooms cannot be negative' },
  properties_base_price_minor_check: { code: 'invalid_input', message: 'the base price cannot be negative' },
  properties_min_nights_check: { code: 'invalid_input', message: 'the minimum stay is at least one night' },
  properties_max_nights_check: {
    code: 'invalid_input',
    message: 'the maximum stay cannot be shorter than the minimum stay',
  },
  properties_title_check: { code: 'invalid_input', message: 'a title is 1-200 characters' },
  properties_slug_format_check: {
    code: 'invalid_input',
    message: 'slug must be lower-case words joined by - (at most 200 characters)',
  },
  properties_meta_title_check: { code: 'invalid_input', message: 'meta title is limited to 70 characters' },
  properties_meta_description_check: {
    code: 'invalid_input',
    message: 'meta description is limited to 320 characters',
  },
  properties_default_locale_check: {
    code: 'invalid_input',
    message: 'default locale must be a BCP 47 tag such as en or fr-FR',
  },
  properties_location_range_check: {
    code: 'invalid_input',
    message: 'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  properties_country_code_check: {
    code: 'invalid_input',
    message: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  properties_currency_currencies_code_fk: { code: 'not_found', message: 'unknown currency' },
  property_availability_no_overlap_excl: {
    code: 'conflict',
    message: 'this range overlaps another availability range of the property',
  },
  property_availability_during_check: {
    code: 'invalid_input',
    message: 'an availability range needs a start date and at least one day',
  },
  properties_timezone_check: {
    code: 'invalid_input',
    message: 'timezone must be an IANA zone such as Africa/Casablanca',
  },
  properties_slug_reserved_check: {
    code: 'invalid_input',
    message: 'this slug used to belong to another listing and still redirects there',
  },
  property_slug_history_slug_key: {
    code: 'already_exists',
    message: 'this slug already redirects to a listing',
  },
  amenities_code_key: { code: 'already_exists', message: 'an amenity with this code already exists' },
  amenities_code_check: {
    code: 'invalid_input',
    message: 'amenity code must be 2-64 characters of a-z, 0-9 or _',
  },
  amenities_name_check: { code: 'invalid_input', message: 'amenity name is 1-100 characters' },
  property_amenities_pkey: { code: 'already_exists', message: 'this property already lists that amenity' },
  property_amenities_details_check: {
    code: 'invalid_input',
    message: 'amenity details are limited to 500 characters',
  },
  property_images_cover_key: { code: 'already_exists', message: 'a property has at most one cover image' },
  property_images_media_kind_check: {
    code: 'invalid_input',
    message: 'a property photo must be an image file',
  },
  property_images_caption_check: { code: 'invalid_input', message: 'a caption is limited to 500 characters' },
  property_images_media_id_media_files_id_fk: { code: 'not_found', message: 'unknown media file' },
  property_images_sort_order_check: { code: 'invalid_input', message: 'sort order cannot be negative' },
  property_pricing_days_of_week_check: {
    code: 'invalid_input',
    message: 'days of week are 0 (Sunday) to 6 (Saturday)',
  },
  property_pricing_valid_during_check: {
    code: 'invalid_input',
    message: 'a pricing rule date range cannot be empty',
  },
  property_pricing_min_nights_check: {
    code: 'invalid_input',
    message: 'a length-of-stay threshold is at least one night',
  },
  property_pricing_days_before_checkin_check: {
    code: 'invalid_input',
    message: 'days before check-in cannot be negative',
  },
  property_pricing_min_guests_check: {
    code: 'invalid_input',
    message: 'an occupancy threshold is at least one guest',
  },
  property_pricing_adjustment_value_check: {
    code: 'invalid_input',
    message: 'a percent adjustment is between -100 and 1000; a fixed one is whole minor units',
  },
  property_pricing_weekend_check: {
    code: 'invalid_input',
    message: 'a weekend rule names its days of the week',
  },
  property_pricing_seasonal_check: { code: 'invalid_input', message: 'a seasonal rule needs a date range' },
  property_pricing_length_of_stay_check: {
    code: 'invalid_input',
    message: 'a length-of-stay rule needs a minimum number of nights',
  },
  property_pricing_days_before_check: {
    code: 'invalid_input',
    message: 'last-minute and early-bird rules need a number of days before check-in',
  },
  property_pricing_occupancy_check: {
    code: 'invalid_input',
    message: 'an occupancy rule needs a minimum number of guests',
  },
  property_calendar_no_overlap_excl: {
    code: 'conflict',
    message: 'this range overlaps another special-day entry of the property',
  },
  property_calendar_during_check: {
    code: 'invalid_input',
    message: 'a special-day range needs a start, an end and at least one day',
  },
  property_calendar_one_price_check: {
    code: 'invalid_input',
    message: 'a special day has either a price override or a multiplier, not both',
  },
  property_calendar_price_override_minor_check: {
    code: 'invalid_input',
    message: 'a price override cannot be negative',
  },
  property_calendar_price_multiplier_check: {
    code: 'invalid_input',
    message: 'a price multiplier must be positive',
  },
  property_calendar_min_stay_override_check: {
    code: 'invalid_input',
    message: 'a minimum stay override is at least one night',
  },
  property_rules_property_id_rule_type_key: {
    code: 'already_exists',
    message: 'this property already has a rule of this kind',
  },
  property_rules_quiet_hours_check: {
    code: 'invalid_input',
    message: 'quiet hours need a start and an end time (and only quiet hours have them)',
  },
  property_rules_custom_description_check: {
    code: 'invalid_input',
    message: 'a custom rule needs a description',
  },
  property_rules_description_check: {
    code: 'invalid_input',
    message: 'a rule description is limited to 2000 characters',
  },
  properties_metadata_object_check: {
    code: 'invalid_input',
    message: 'property metadata must be a JSON object',
  },
  properties_rating_avg_check: { code: 'invalid_input', message: 'an average rating is between 0 and 5' },
  properties_rating_count_check: { code: 'invalid_input', message: 'a rating count cannot be negative' },
  properties_rating_sum_check: { code: 'invalid_input', message: 'a rating sum cannot be negative' },
  properties_check_times_check: {
    code: 'invalid_input',
    message: 'check-in and check-out times are 00:00 to 23:59',
  },
  property_rules_start_time_check: {
    code: 'invalid_input',
    message: 'quiet hours cannot start at 24:00 (they may end then)',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  properties_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
});
