-- Rendered from core's listingSearchSyncSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function tq_experience_sync_search_index(p_experience uuid) returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  v experiences%rowtype;
  t record;
begin
  if to_regprocedure('tq_search_index_upsert(text,uuid,text,text,text,geometry,text,text,real,boolean)') is null then
    return;
  end if;
  select * into v from experiences where id = p_experience;
  if not found or v.deleted_at is not null then
    perform tq_search_index_remove('experience', p_experience, null);
    return;
  end if;
  delete from search_index s
   where s.entity_type = 'experience' and s.entity_id = p_experience and s.locale <> v.default_locale
     and not exists (select 1 from experience_translations tr where tr.experience_id = p_experience and tr.locale = s.locale);
  perform tq_search_index_upsert(
    'experience', v.id, v.default_locale, v.title, nullif(concat_ws(E'\n\n', v.summary, v.description), ''),
    v.location, v.city, v.country_code::text, 1.0::real, v.status = 'active');
  for t in select * from experience_translations where experience_id = p_experience and locale <> v.default_locale loop
    perform tq_search_index_upsert(
      'experience', v.id, t.locale, t.title, nullif(concat_ws(E'\n\n', t.summary, t.description), ''),
      v.location, v.city, v.country_code::text, 1.0::real, v.status = 'active');
  end loop;
end $$;

create or replace function experiences_search_index_trigger() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'DELETE' then
    perform tq_experience_sync_search_index(old.id);
  else
    perform tq_experience_sync_search_index(new.id);
  end if;
  return null;
end $$;

create or replace function experiences_search_index_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regclass('public.search_index') is null then
    return null; -- content is installed later in the same run (or not at all)
  end if;
  insert into search_index as s
    (entity_type, entity_id, locale, title, body, location, city, country_code, boost, is_visible)
  select 'experience', n.id, n.default_locale, coalesce(n.title, ''),
         nullif(concat_ws(E'\n\n', n.summary, n.description), ''), n.location, n.city, n.country_code::text, 1,
         n.status = 'active'
    from experiences_inserted n
   where n.deleted_at is null
  on conflict (entity_type, entity_id, locale) do update set
    title = excluded.title, body = excluded.body, location = excluded.location, city = excluded.city,
    country_code = excluded.country_code, boost = excluded.boost, is_visible = excluded.is_visible;
  return null;
end $$;

create or replace trigger experiences_search_index_insert_trg after insert on experiences
  referencing new table as experiences_inserted
  for each statement execute function experiences_search_index_on_insert();

create or replace trigger experiences_search_index_trg
  after delete or update of title, summary, description, location, city, country_code, status,
    deleted_at, default_locale
  on experiences
  for each row execute function experiences_search_index_trigger();

create or replace function experience_translations_search_index_trigger() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform tq_experience_sync_search_index(old.experience_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.experience_id <> old.experience_id) then
    perform tq_experience_sync_search_index(new.experience_id);
  end if;
  return null;
end $$;

create or replace trigger experience_translations_search_index_trg
  after insert or delete or update of experience_id, locale, title, summary, description
  on experience_translations
  for each row execute function experience_translations_search_index_trigger();

create or replace function experience_translations_set_config() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regprocedure('tq_locale_regconfig(text)') is not null then
    new.search_config := tq_locale_regconfig(new.locale);
  else
    new.search_config := coalesce(new.search_config, 'simple'::regconfig);
  end if;
  return new;
end $$;

create or replace trigger experience_translations_config_trg
  before insert or update of locale, search_config on experience_translations
  for each row execute function experience_translations_set_config();
