-- Rendered from core's timezoneRuleSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function experiences_timezone_rule() returns trigger
language plpgsql as $$
begin
  begin
    perform now() at time zone new.timezone;
  exception when invalid_parameter_value then
    raise exception 'timezone "%" is not an IANA zone such as Europe/Paris', new.timezone
      using errcode = 'check_violation', constraint = 'experiences_timezone_check';
  end;
  return new;
end $$;

create or replace trigger experiences_timezone_trg before insert or update of timezone on experiences
  for each row execute function experiences_timezone_rule();
