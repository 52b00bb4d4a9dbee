-- Rendered from core's timezoneRuleSql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function properties_timezone_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from time_zones where name = new.timezone) then
    raise exception 'timezone "%" is not a zone of the server''s zone database, such as Africa/Casablanca', new.timezone
      using errcode = 'check_violation', constraint = 'properties_timezone_check';
  end if;
  return new;
end $$;

create or replace trigger properties_timezone_trg before update of timezone on properties
  for each row execute function properties_timezone_rule();

create or replace function properties_timezone_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_zone text;
begin
  select n.timezone into v_zone from properties_inserted n
   where not exists (select 1 from time_zones z where z.name = n.timezone)
   limit 1;
  if found then
    raise exception 'timezone "%" is not a zone of the server''s zone database, such as Africa/Casablanca', v_zone
      using errcode = 'check_violation', constraint = 'properties_timezone_check';
  end if;
  return null;
end $$;

create or replace trigger properties_timezone_insert_trg after insert on properties
  referencing new table as properties_inserted
  for each statement execute function properties_timezone_on_insert();
