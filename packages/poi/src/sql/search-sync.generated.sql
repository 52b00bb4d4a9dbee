-- Rendered from core's listingSearchSyncSql in @touriquest/poi/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function tq_poi_sync_search_index(p_poi uuid) returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  v pois%rowtype;
  t record;
begin
  if to_regprocedure('tq_search_index_upsert(text,uuid,text,text,text,geometry,text,text,real,boolean)') is null then
    return;
  end if;
  select * into v from pois where id = p_poi;
  if not found or v.deleted_at is not null then
    perform tq_search_index_remove('poi', p_poi, null);
    return;
  end if;
  delete from search_index s
   where s.entity_type = 'poi' and s.entity_id = p_poi and s.locale <> v.default_locale
     and not exists (select 1 from poi_translations tr where tr.poi_id = p_poi and tr.locale = s.locale);
  perform tq_search_index_upsert(
    'poi', v.id, v.default_locale, v.name, nullif(concat_ws(E'\n\n', v.summary, v.description), ''),
    v.location, v.city, v.country_code::text, 1.0::real, v.status = 'active');
  for t in select * from poi_translations where poi_id = p_poi and locale <> v.default_locale loop
    perform tq_search_index_upsert(
      'poi', v.id, t.locale, t.name, nullif(concat_ws(E'\n\n', t.summary, t.description), ''),
      v.location, v.city, v.country_code::text, 1.0::real, v.status = 'active');
  end loop;
end $$;

create or replace function pois_search_index_trigger() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'DELETE' then
    perform tq_poi_sync_search_index(old.id);
  else
    perform tq_poi_sync_search_index(new.id);
  end if;
  return null;
end $$;

create or replace function pois_search_index_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regclass('public.search_index') is null then
    return null; -- content is installed later in the same run (or not at all)
  end if;
  insert into search_index as s
    (entity_type, entity_id, locale, title, body, location, city, country_code, boost, is_visible)
  select 'poi', n.id, n.default_locale, coalesce(n.name, ''),
         nullif(concat_ws(E'\n\n', n.summary, n.description), ''), n.location, n.city, n.country_code::text, 1,
         n.status = 'active'
    from pois_inserted n
   where n.deleted_at is null
  on conflict (entity_type, entity_id, locale) do update set
    title = excluded.title, body = excluded.body, location = excluded.location, city = excluded.city,
    country_code = excluded.country_code, boost = excluded.boost, is_visible = excluded.is_visible;
  return null;
end $$;

create or replace trigger pois_search_index_insert_trg after insert on pois
  referencing new table as pois_inserted
  for each statement execute function pois_search_index_on_insert();

create or replace trigger pois_search_index_trg
  after delete or update of name, summary, description, location, city, country_code, status,
    deleted_at, default_locale
  on pois
  for each row execute function pois_search_index_trigger();

create or replace function poi_translations_search_index_trigger() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform tq_poi_sync_search_index(old.poi_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.poi_id <> old.poi_id) then
    perform tq_poi_sync_search_index(new.poi_id);
  end if;
  return null;
end $$;

create or replace trigger poi_translations_search_index_trg
  after insert or delete or update of poi_id, locale, name, summary, description
  on poi_translations
  for each row execute function poi_translations_search_index_trigger();

create or replace function poi_translations_set_config() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regprocedure('tq_locale_regconfig(text)') is not null then
    new.search_config := tq_locale_regconfig(new.locale);
  else
    new.search_config := coalesce(new.search_config, 'simple'::regconfig);
  end if;
  return new;
end $$;

create or replace trigger poi_translations_config_trg
  before insert or update of locale, search_config on poi_translations
  for each row execute function poi_translations_set_config();
