-- Rendered from core's slugHistorySql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function properties_slug_rules() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and new.slug is not distinct from old.slug then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('property_slug:' || new.slug, 0));
  if tg_op = 'UPDATE' then
    perform pg_advisory_xact_lock(hashtextextended('property_slug:' || old.slug, 0));
  end if;
  if exists (select 1 from property_slug_history h where h.slug = new.slug and h.property_id <> new.id) then
    raise exception 'slug "%" used to belong to another listing and still redirects there', new.slug
      using errcode = 'check_violation', constraint = 'properties_slug_reserved_check';
  end if;
  return new;
end $$;

create or replace trigger properties_slug_rules_trg before insert or update of slug on properties
  for each row execute function properties_slug_rules();

create or replace function properties_record_slug_change() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.slug is distinct from old.slug then
    -- Taking back one of its own old slugs: that slug is current again, not a redirect.
    delete from property_slug_history where slug = new.slug and property_id = new.id;
    -- A conflict means another listing took the old slug while this one was soft-deleted (the live-only
    -- unique index allowed it) and has since moved on: that later redirect stands; this row has no claim.
    insert into property_slug_history (property_id, slug) values (new.id, old.slug)
      on conflict (slug) do nothing;
  end if;
  return null;
end $$;

create or replace trigger properties_slug_history_trg after update of slug on properties
  for each row execute function properties_record_slug_change();
