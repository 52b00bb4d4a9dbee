import { type DatabaseLogic, describeRules, standardTriggers } from '@touriquest/core';

describeRules({
  media_files_storage_key_key: 'a media file with this storage key already exists',
  media_files_size_bytes_check: 'a media file must have a positive size',
  media_files_mime_type_check: 'mime type must look like image/jpeg',
  media_files_dimensions_check: 'width and height must be positive',
  media_files_duration_check: 'duration must be positive',
  media_files_checksum_sha256_check: 'checksum must be a sha256 hex digest',
  media_files_variants_object_check: 'variants must be a JSON object',
  media_files_owner_id_users_id_fk: 'unknown owner',
  search_index_entity_type_entity_id_locale_key: 'this listing already has a search document in this locale',
  search_index_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  search_index_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  search_index_boost_check: 'boost must be positive',
  search_index_location_point_4326_check: 'location must be a WGS 84 point',
});

/**
 * Locale → text-search configuration. Immutable (it only reads pg_ts_config, whose built-in rows never change
 * at runtime), so generated columns and index expressions may use it. Unknown languages fall back to simple.
 */
const searchFunctions = `
create or replace function tq_locale_regconfig(p_locale text) returns regconfig
language sql immutable parallel safe as $$
  select coalesce(
    (select c.oid::regconfig from pg_catalog.pg_ts_config c
      join pg_catalog.pg_namespace n on n.oid = c.cfgnamespace and n.nspname = 'pg_catalog'
      where c.cfgname = case lower(split_part(split_part(coalesce(p_locale, ''), '-', 1), '_', 1))
        when 'en' then 'english' when 'fr' then 'french' when 'es' then 'spanish'
        when 'de' then 'german' when 'it' then 'italian' when 'pt' then 'portuguese'
        when 'nl' then 'dutch' when 'ar' then 'arabic' when 'ru' then 'russian'
        when 'sv' then 'swedish' when 'da' then 'danish' when 'fi' then 'finnish'
        when 'no' then 'norwegian' when 'nb' then 'norwegian' when 'tr' then 'turkish'
        when 'hu' then 'hungarian' when 'ro' then 'romanian' when 'el' then 'greek'
        else 'simple' end),
    'pg_catalog.simple'::regconfig)
$$;

create or replace function tq_search_index_set_config() returns trigger
language plpgsql as $$
begin
  new.search_config := tq_locale_regconfig(new.locale);
  new.updated_at := now();
  return new;
end $$;

create or replace trigger search_index_config_trg before insert or update on search_index
  for each row execute function tq_search_index_set_config();

create or replace function tq_search_index_upsert(
  p_entity_type text, p_entity_id uuid, p_locale text, p_title text, p_body text,
  p_location geography, p_city text, p_country_code text, p_boost real, p_visible boolean
) returns void
language sql as $$
  insert into search_index as s
    (entity_type, entity_id, locale, title, body, location, city, country_code, boost, is_visible)
  values (p_entity_type::search_entity_type, p_entity_id, p_locale, coalesce(p_title, ''), p_body,
    p_location, p_city, p_country_code, coalesce(p_boost, 1), coalesce(p_visible, true))
  on conflict (entity_type, entity_id, locale) do update set
    title = excluded.title, body = excluded.body, location = excluded.location, city = excluded.city,
    country_code = excluded.country_code, boost = excluded.boost, is_visible = excluded.is_visible
$$;

create or replace function tq_search_index_remove(p_entity_type text, p_entity_id uuid, p_locale text default null)
returns void
language sql as $$
  delete from search_index
   where entity_type = p_entity_type::search_entity_type and entity_id = p_entity_id
     and (p_locale is null or locale = p_locale)
$$;
`;

export const contentLogic: DatabaseLogic[] = [
  { name: 'content/search', sql: searchFunctions },
  { name: 'content/triggers', sql: [standardTriggers('media_files')].join('\n') },
];
