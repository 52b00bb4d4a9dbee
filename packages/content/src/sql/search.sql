-- Every search_index and translations row calls this from its config trigger, so it is a CASE over constants:
-- the regconfig literals are resolved once, when PL/pgSQL first plans the expression. The catalog query it
-- replaced (pg_ts_config by name, falling back to simple) cost ~40 µs a call, two thirds of a listing
-- import's search_index insert. All these configurations ship with PostgreSQL itself (15+, and PGlite).
create or replace function tq_locale_regconfig(p_locale text) returns regconfig
language plpgsql immutable parallel safe set search_path = public, pg_temp as $$
begin
  return case lower(split_part(split_part(coalesce(p_locale, ''), '-', 1), '_', 1))
    when 'en' then 'pg_catalog.english'::regconfig when 'fr' then 'pg_catalog.french'::regconfig
    when 'es' then 'pg_catalog.spanish'::regconfig when 'de' then 'pg_catalog.german'::regconfig
    when 'it' then 'pg_catalog.italian'::regconfig when 'pt' then 'pg_catalog.portuguese'::regconfig
    when 'nl' then 'pg_catalog.dutch'::regconfig when 'ar' then 'pg_catalog.arabic'::regconfig
    when 'ru' then 'pg_catalog.russian'::regconfig when 'sv' then 'pg_catalog.swedish'::regconfig
    when 'da' then 'pg_catalog.danish'::regconfig when 'fi' then 'pg_catalog.finnish'::regconfig
    when 'no' then 'pg_catalog.norwegian'::regconfig when 'nb' then 'pg_catalog.norwegian'::regconfig
    when 'tr' then 'pg_catalog.turkish'::regconfig when 'hu' then 'pg_catalog.hungarian'::regconfig
    when 'ro' then 'pg_catalog.romanian'::regconfig when 'el' then 'pg_catalog.greek'::regconfig
    else 'pg_catalog.simple'::regconfig end;
end $$;

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
