-- Rendered from core's timezoneRuleSql in @touriquest/poi/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function pois_timezone_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from time_zones where name = new.timezone) then
    raise exception 'timezone "%" is not a zone of the server''s zone database, such as Asia/Tokyo', new.timezone
      using errcode = 'check_violation', constraint = 'pois_timezone_check';
  end if;
  return new;
end $$;

create or replace trigger pois_timezone_trg before update of timezone on pois
  for each row execute function pois_timezone_rule();

create or replace function pois_timezone_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_zone text;
begin
  select n.timezone into v_zone from pois_inserted n
   where not exists (select 1 from time_zones z where z.name = n.timezone)
   limit 1;
  if found then
    raise exception 'timezone "%" is not a zone of the server''s zone database, such as Asia/Tokyo', v_zone
      using errcode = 'check_violation', constraint = 'pois_timezone_check';
  end if;
  return null;
end $$;

create or replace trigger pois_timezone_insert_trg after insert on pois
  referencing new table as pois_inserted
  for each statement execute function pois_timezone_on_insert();
