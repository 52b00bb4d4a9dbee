import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const propertiesRules = {
  properties_slug_key: 'another listing already uses this slug',
  properties_max_guests_check: 'a property must host at least one guest',
  properties_bedrooms_check: 'bedrooms cannot be negative',
  properties_beds_check: 'beds cannot be negative',
  properties_bathrooms_check: 'bathrooms cannot be negative',
  properties_base_price_minor_check: 'the base price cannot be negative',
  properties_min_nights_check: 'the minimum stay is at least one night',
  properties_check_times_check: 'check-in and check-out times are 00:00 to 23:59',
  properties_max_nights_check: 'the maximum stay cannot be shorter than the minimum stay',
  properties_title_check: 'a title is 1-200 characters',
  properties_slug_format_check: 'slug must be lower-case words joined by - (at most 200 characters)',
  properties_meta_title_check: 'meta title is limited to 70 characters',
  properties_meta_description_check: 'meta description is limited to 320 characters',
  properties_default_locale_check: 'default locale must be a BCP 47 tag such as en or fr-FR',
  properties_location_range_check:
    'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  properties_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  properties_currency_currencies_code_fk: 'unknown currency',
  property_availability_no_overlap_excl: 'this range overlaps another availability range of the property',
  property_availability_during_check: 'an availability range needs a start date and at least one day',
  properties_timezone_check: 'timezone must be an IANA zone such as Africa/Casablanca',
  properties_slug_reserved_check: 'this slug used to belong to another listing and still redirects there',
  property_slug_history_slug_key: 'this slug already redirects to a listing',
  amenities_code_key: 'an amenity with this code already exists',
  amenities_code_check: 'amenity code must be 2-64 characters of a-z, 0-9 or _',
  amenities_name_check: 'amenity name is 1-100 characters',
  property_amenities_pkey: 'this property already lists that amenity',
  property_amenities_details_check: 'amenity details are limited to 500 characters',
  property_images_cover_key: 'a property has at most one cover image',
  property_images_media_kind_check: 'a property photo must be an image file',
  property_images_caption_check: 'a caption is limited to 500 characters',
  property_images_media_id_media_files_id_fk: 'unknown media file',
  property_images_sort_order_check: 'sort order cannot be negative',
  property_pricing_days_of_week_check: 'days of week are 0 (Sunday) to 6 (Saturday)',
  property_pricing_valid_during_check: 'a pricing rule date range cannot be empty',
  property_pricing_min_nights_check: 'a length-of-stay threshold is at least one night',
  property_pricing_days_before_checkin_check: 'days before check-in cannot be negative',
  property_pricing_min_guests_check: 'an occupancy threshold is at least one guest',
  property_pricing_adjustment_value_check:
    'a percent adjustment is between -100 and 1000; a fixed one is whole minor units',
  property_pricing_weekend_check: 'a weekend rule names its days of the week',
  property_pricing_seasonal_check: 'a seasonal rule needs a date range',
  property_pricing_length_of_stay_check: 'a length-of-stay rule needs a minimum number of nights',
  property_pricing_days_before_check:
    'last-minute and early-bird rules need a number of days before check-in',
  property_pricing_occupancy_check: 'an occupancy rule needs a minimum number of guests',
  property_calendar_no_overlap_excl: 'this range overlaps another special-day entry of the property',
  property_calendar_during_check: 'a special-day range needs a start, an end and at least one day',
  property_calendar_one_price_check: 'a special day has either a price override or a multiplier, not both',
  property_calendar_price_override_minor_check: 'a price override cannot be negative',
  property_calendar_price_multiplier_check: 'a price multiplier must be positive',
  property_calendar_min_stay_override_check: 'a minimum stay override is at least one night',
  property_rules_property_id_rule_type_key: 'this property already has a rule of this kind',
  property_rules_quiet_hours_check:
    'quiet hours need a start and an end time (and only quiet hours have them)',
  property_rules_custom_description_check: 'a custom rule needs a description',
  property_rules_description_check: 'a rule description is limited to 2000 characters',
  property_rules_start_time_check: 'quiet hours cannot start at 24:00 (they may end then)',
} as const satisfies Record<string, string>;

describeRules(propertiesRules);
