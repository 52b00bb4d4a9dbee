-- Rendered from core's timezoneRuleSql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function properties_timezone_rule() returns trigger
language plpgsql as $$
begin
  begin
    perform now() at time zone new.timezone;
  exception when invalid_parameter_value then
    raise exception 'timezone "%" is not an IANA zone such as Africa/Casablanca', new.timezone
      using errcode = 'check_violation', constraint = 'properties_timezone_check';
  end;
  return new;
end $$;

create or replace trigger properties_timezone_trg before insert or update of timezone on properties
  for each row execute function properties_timezone_rule();
