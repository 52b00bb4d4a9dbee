-- Rendered from core's listingSearchInsertSql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function properties_search_index_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regclass('public.search_index') is null then
    return null; -- content is installed later in the same run (or not at all)
  end if;
  insert into search_index as s
    (entity_type, entity_id, locale, title, body, location, city, country_code, boost, is_visible)
  select 'property', n.id, n.default_locale, coalesce(n.title, ''),
         nullif(concat_ws(E'\n\n', n.summary, n.description), ''), n.location, n.city, n.country_code::text, 1,
         n.status = 'active'
    from properties_inserted n
   where n.deleted_at is null
  on conflict (entity_type, entity_id, locale) do update set
    title = excluded.title, body = excluded.body, location = excluded.location, city = excluded.city,
    country_code = excluded.country_code, boost = excluded.boost, is_visible = excluded.is_visible;
  return null;
end $$;

create or replace trigger properties_search_index_insert_trg after insert on properties
  referencing new table as properties_inserted
  for each statement execute function properties_search_index_on_insert();
