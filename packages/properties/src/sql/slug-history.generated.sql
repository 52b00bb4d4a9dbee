-- Rendered from core's slugHistorySql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function properties_slug_reserved_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_slug text;
begin
  select n.slug into v_slug from properties_inserted n
   where exists (select 1 from property_slug_history h where h.slug = n.slug and h.property_id <> n.id)
   limit 1;
  if found then
    raise exception 'slug "%" used to belong to another listing and still redirects there', v_slug
      using errcode = 'check_violation', constraint = 'properties_slug_reserved_check';
  end if;
  return null;
end $$;

create or replace trigger properties_slug_reserved_insert_trg after insert on properties
  referencing new table as properties_inserted
  for each statement execute function properties_slug_reserved_on_insert();

create or replace function properties_record_slug_change() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.slug is not distinct from old.slug then
    return null;
  end if;
  if exists (select 1 from property_slug_history h where h.slug = new.slug and h.property_id <> new.id) then
    raise exception 'slug "%" used to belong to another listing and still redirects there', new.slug
      using errcode = 'check_violation', constraint = 'properties_slug_reserved_check';
  end if;
  -- Taking back one of its own old slugs: that slug is current again, not a redirect.
  delete from property_slug_history where slug = new.slug and property_id = new.id;
  if old.deleted_at is null then
    -- A conflict means another listing took the old slug while this one was soft-deleted and has since
    -- moved on: that later redirect stands; this row has no claim.
    insert into property_slug_history (property_id, slug) values (new.id, old.slug)
      on conflict (slug) do nothing;
  end if;
  return null;
end $$;

create or replace trigger properties_slug_history_trg after update of slug on properties
  for each row execute function properties_record_slug_change();
