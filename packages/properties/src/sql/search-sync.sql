create or replace function properties_sync_search_index() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_row properties%rowtype;
begin
  if to_regprocedure('tq_search_index_upsert(text,uuid,text,text,text,geometry,text,text,real,boolean)') is null then
    return null;
  end if;
  if tg_op = 'DELETE' then
    perform tq_search_index_remove('property', old.id, null);
    return null;
  end if;
  v_row := new;
  if tg_op = 'UPDATE' and new.default_locale is distinct from old.default_locale then
    perform tq_search_index_remove('property', old.id, old.default_locale);
  end if;
  if v_row.deleted_at is not null then
    perform tq_search_index_remove('property', v_row.id, null);
  else
    perform tq_search_index_upsert(
      'property', v_row.id, v_row.default_locale, v_row.title,
      nullif(concat_ws(E'\n\n', v_row.summary, v_row.description), ''),
      v_row.location, v_row.city, v_row.country_code::text, 1.0::real,
      v_row.status = 'active');
  end if;
  return null;
end $$;

-- Inserts: properties_search_index_insert_trg, once per statement (search-insert.generated.sql).
create or replace trigger properties_search_index_trg
  after delete or update of title, summary, description, location, city, country_code, status,
    deleted_at, default_locale
  on properties
  for each row execute function properties_sync_search_index();
