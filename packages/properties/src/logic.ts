import { type DatabaseLogic, describeRules, standardTriggers } from '@touriquest/core';

describeRules({
  properties_slug_key: 'another listing already uses this slug',
  properties_max_guests_check: 'a property must host at least one guest',
  properties_bedrooms_check: 'bedrooms cannot be negative',
  properties_beds_check: 'beds cannot be negative',
  properties_bathrooms_check: 'bathrooms cannot be negative',
  properties_base_price_minor_check: 'the base price cannot be negative',
  properties_min_nights_check: 'the minimum stay is at least one night',
  properties_max_nights_check: 'the maximum stay cannot be shorter than the minimum stay',
  properties_title_check: 'a title is 1-200 characters',
  properties_slug_format_check: 'slug must be lower-case words joined by - (at most 200 characters)',
  properties_meta_title_check: 'meta title is limited to 70 characters',
  properties_meta_description_check: 'meta description is limited to 320 characters',
  properties_default_locale_check: 'default locale must be a BCP 47 tag such as en or fr-FR',
  properties_location_point_4326_check: 'location must be a WGS 84 point',
  properties_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  properties_currency_currencies_code_fk: 'unknown currency',
  property_availability_no_overlap_excl: 'this range overlaps another availability range of the property',
  property_availability_during_check: 'an availability range needs a start date and at least one day',
});

// btree_gist lets the uuid equality sit in the GiST index beside the range overlap.
const availabilityExclusion = `
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'property_availability_no_overlap_excl') then
    alter table property_availability
      add constraint property_availability_no_overlap_excl
      exclude using gist (property_id with =, during with &&);
  end if;
end $$;
`;

export const propertiesLogic: DatabaseLogic[] = [
  {
    name: 'properties/triggers',
    sql: [standardTriggers('properties'), standardTriggers('property_availability')].join('\n'),
  },
  { name: 'properties/availability-exclusion', sql: availabilityExclusion },
];
