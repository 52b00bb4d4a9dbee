-- The deploy step (afterDeploy, also after push) adds the zones a tzdata upgrade brought; see schema/time-zones.ts.
create or replace function tq_refresh_time_zones() returns integer
language plpgsql set search_path = public, pg_temp as $$
declare
  n integer;
begin
  insert into time_zones (name)
  select name from pg_timezone_names where name !~ '^(posix|right)/'
  on conflict (name) do nothing;
  get diagnostics n = row_count;
  return n;
end $$;
