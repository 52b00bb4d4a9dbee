create or replace function tq_locale_regconfig(p_locale text) returns regconfig
language sql immutable parallel safe set search_path = public, pg_temp as $$
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
language plpgsql set search_path = public, pg_temp as $$
begin
  new.search_config := tq_locale_regconfig(new.locale);
  new.updated_at := now();
  return new;
end $$;

create or replace trigger search_index_config_trg before insert or update on search_index
  for each row execute function tq_search_index_set_config();

-- Points travel as geometry(Point,4326), like the columns: a geography parameter would fold lat 95 to 85
-- before search_index_location_range_check could see it. (The first release took geography: dropped.)
create or replace function tq_search_index_upsert(
  p_entity_type text, p_entity_id uuid, p_locale text, p_title text, p_body text,
  p_location geometry, p_city text, p_country_code text, p_boost real, p_visible boolean
) returns void
language sql set search_path = public, pg_temp as $$
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
language sql set search_path = public, pg_temp as $$
  delete from search_index
   where entity_type = p_entity_type::search_entity_type and entity_id = p_entity_id
     and (p_locale is null or locale = p_locale)
$$;
