-- Rendered from core's timezoneRuleSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function experiences_timezone_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from time_zones where name = new.timezone) then
    raise exception 'timezone "%" is not a zone of the server''s zone database, such as Europe/Paris', new.timezone
      using errcode = 'check_violation', constraint = 'experiences_timezone_check';
  end if;
  return new;
end $$;

create or replace trigger experiences_timezone_trg before update of timezone on experiences
  for each row execute function experiences_timezone_rule();

create or replace function experiences_timezone_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_zone text;
begin
  select n.timezone into v_zone from experiences_inserted n
   where not exists (select 1 from time_zones z where z.name = n.timezone)
   limit 1;
  if found then
    raise exception 'timezone "%" is not a zone of the server''s zone database, such as Europe/Paris', v_zone
      using errcode = 'check_violation', constraint = 'experiences_timezone_check';
  end if;
  return null;
end $$;

create or replace trigger experiences_timezone_insert_trg after insert on experiences
  referencing new table as experiences_inserted
  for each statement execute function experiences_timezone_on_insert();
