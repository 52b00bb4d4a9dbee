create or replace function tq_poi_day_sessions(p_poi uuid, p_day date)
returns table (opens_at time, closes_at time, overnight boolean)
language sql stable set search_path = public, pg_temp as $$
  with special as (
    select h.* from poi_opening_hours h where h.poi_id = p_poi and h.special_date = p_day
  ), weekly as (
    select h.* from poi_opening_hours h
     where h.poi_id = p_poi and h.day_of_week = extract(dow from p_day)::int
       and (h.valid_from is null or h.valid_from <= p_day)
       and (h.valid_to is null or h.valid_to >= p_day)
       and not exists (select 1 from special)
  ), chosen as (
    select * from special union all select * from weekly
  )
  select c.opens_at, c.closes_at, c.overnight from chosen c
   where not c.is_closed and not exists (select 1 from chosen x where x.is_closed)
$$;

create or replace function tq_poi_is_open(p_poi uuid, p_at timestamptz) returns boolean
language plpgsql stable set search_path = public, pg_temp as $$
declare
  v_tz text;
  v_local timestamp;
  v_day date;
  v_time time;
begin
  select p.timezone into v_tz from pois p
   where p.id = p_poi and p.deleted_at is null
     and p.status not in ('closed', 'temporarily_closed', 'archived');
  if v_tz is null then
    return false;
  end if;
  v_local := p_at at time zone v_tz;
  v_day := v_local::date;
  v_time := v_local::time;
  return exists (
      select 1 from tq_poi_day_sessions(p_poi, v_day) s
       where v_time >= s.opens_at and (s.overnight or v_time < s.closes_at))
    or exists (
      select 1 from tq_poi_day_sessions(p_poi, v_day - 1) s
       where s.overnight and v_time < s.closes_at);
end $$;
