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
  search_index_location_range_check:
    'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  content_templates_key_locale_channel_key:
    'a template with this key already exists for this locale and channel',
  content_templates_key_check: 'template key must be 2-100 characters of a-z, 0-9, _, . or -',
  content_templates_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  content_templates_variables_check: 'template variables must be identifiers such as firstName',
  content_templates_variables_declared_check: 'the template uses a {{variable}} that is not declared',
  content_templates_subject_check: 'email and push templates need a subject',
  content_templates_body_check: 'a template needs a body',
  content_versions_entity_type_entity_id_version_key: 'this version of the entity already exists',
  content_versions_version_check: 'versions are numbered from 1',
  content_versions_snapshot_object_check: 'a version snapshot must be a JSON object',
  content_versions_author_id_users_id_fk: 'unknown author',
  content_versions_immutable_check: 'a content version cannot be rewritten',
  content_moderation_auto_score_check: 'the automatic score is between 0 and 1',
  content_moderation_decided_at_check: 'decided_at is set exactly when a case is approved or rejected',
  content_moderation_auto_flags_check: 'automatic flags are lower-case tags such as spam',
  content_moderation_open_entity_key: 'this entity already has an open moderation case',
  content_moderation_moderator_id_users_id_fk: 'unknown moderator',
  translations_entity_type_entity_id_field_locale_key: 'this field already has a translation in this locale',
  translations_field_check: 'field must be a snake_case column name',
  translations_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  content_analytics_entity_type_entity_id_day_key: 'this entity already has analytics for this day',
  content_analytics_counts_check: 'analytics counters cannot be negative',
  content_recommendations_source_target_algorithm_key: 'this recommendation edge already exists',
  content_recommendations_not_self_check: 'an entity cannot be recommended as related to itself',
  content_recommendations_score_check: 'a recommendation score is between 0 and 1',
  content_recommendations_algorithm_check: 'algorithm must be a lower-case name such as co_views.v2',
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

-- Points travel as geometry(Point,4326), like the columns: a geography parameter would fold lat 95 to 85
-- before search_index_location_range_check could see it. (The first release took geography: dropped.)
drop function if exists tq_search_index_upsert(text, uuid, text, text, text, geography, text, text, real, boolean);
create or replace function tq_search_index_upsert(
  p_entity_type text, p_entity_id uuid, p_locale text, p_title text, p_body text,
  p_location geometry, p_city text, p_country_code text, p_boost real, p_visible boolean
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

// Same rule as search_index: the locale decides the stemming of a translated value.
const translationConfig = `
create or replace function tq_translations_set_config() returns trigger
language plpgsql as $$
begin
  new.search_config := tq_locale_regconfig(new.locale);
  return new;
end $$;

create or replace trigger translations_config_trg before insert or update of locale, search_config on translations
  for each row execute function tq_translations_set_config();
`;

/**
 * A null version means "the next one". The advisory lock serialises writers of one entity; the max() runs
 * after the lock is granted, and in plpgsql each statement takes a fresh snapshot (READ COMMITTED), so it
 * sees the version the previous lock holder committed. Versions are history: never rewritten.
 */
const versionNumbering = `
create or replace function tq_content_versions_number() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    if new.entity_type is distinct from old.entity_type or new.entity_id is distinct from old.entity_id
       or new.version is distinct from old.version or new.snapshot is distinct from old.snapshot then
      raise exception 'a content version cannot be rewritten'
        using errcode = 'check_violation', constraint = 'content_versions_immutable_check';
    end if;
    return new;
  end if;
  if new.version is null then
    perform pg_advisory_xact_lock(hashtextextended('content_versions:' || new.entity_type || ':' || new.entity_id, 0));
    select coalesce(max(version), 0) + 1 into new.version
      from content_versions where entity_type = new.entity_type and entity_id = new.entity_id;
  end if;
  return new;
end $$;

create or replace trigger content_versions_number_trg before insert or update on content_versions
  for each row execute function tq_content_versions_number();
`;

export const contentLogic: DatabaseLogic[] = [
  { name: 'content/search', sql: searchFunctions },
  { name: 'content/translations', sql: translationConfig },
  { name: 'content/versions', sql: versionNumbering },
  {
    name: 'content/triggers',
    sql: [
      standardTriggers('media_files'),
      standardTriggers('content_templates'),
      standardTriggers('content_moderation'),
      standardTriggers('translations'),
      standardTriggers('content_recommendations', { audit: false }),
      standardTriggers('content_analytics', { audit: false }),
    ].join('\n'),
  },
];
