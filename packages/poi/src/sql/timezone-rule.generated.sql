-- Rendered from core's timezoneRuleSql in @touriquest/poi/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function pois_timezone_rule() returns trigger
language plpgsql as $$
begin
  begin
    perform now() at time zone new.timezone;
  exception when invalid_parameter_value then
    raise exception 'timezone "%" is not an IANA zone such as Asia/Tokyo', new.timezone
      using errcode = 'check_violation', constraint = 'pois_timezone_check';
  end;
  return new;
end $$;

create or replace trigger pois_timezone_trg before insert or update of timezone on pois
  for each row execute function pois_timezone_rule();
