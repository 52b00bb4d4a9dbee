create or replace function users_recompute_travel_stats(p_user uuid) returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  v_home geography;
begin
  perform pg_advisory_xact_lock(hashtextextended('travel_stats:' || p_user::text, 0));
  if not exists (select 1 from users where id = p_user) then
    -- The user is being purged (cascade): nothing to keep.
    delete from travel_stats where user_id = p_user;
    return;
  end if;
  select home_location::geography into v_home from user_profiles where user_id = p_user;
  insert into travel_stats as s (user_id, countries_visited, cities_visited, trips, nights, distance_km, last_trip_at, updated_at)
  select p_user,
         count(distinct h.country_code),
         count(distinct (h.country_code, lower(btrim(h.city)))) filter (where nullif(btrim(h.city), '') is not null),
         count(*),
         coalesce(sum(h.visited_to - h.visited_from), 0),
         coalesce(round(sum(st_distance(v_home, h.location::geography)) filter (where v_home is not null and h.location is not null) / 1000), 0),
         max(h.visited_to),
         now()
    from travel_history h
   where h.user_id = p_user
  on conflict (user_id) do update
     set countries_visited = excluded.countries_visited, cities_visited = excluded.cities_visited,
         trips = excluded.trips, nights = excluded.nights, distance_km = excluded.distance_km,
         last_trip_at = excluded.last_trip_at, updated_at = excluded.updated_at;
end $$;

create or replace function users_travel_history_changed() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform users_recompute_travel_stats(old.user_id);
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.user_id <> old.user_id) then
    perform users_recompute_travel_stats(new.user_id);
  end if;
  return null;
end $$;

create or replace trigger travel_history_stats_trg after insert or update or delete on travel_history
  for each row execute function users_travel_history_changed();

-- distance_km depends on the home location too.
create or replace function users_home_location_changed() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' or new.home_location is distinct from old.home_location then
    if exists (select 1 from travel_history where user_id = new.user_id) then
      perform users_recompute_travel_stats(new.user_id);
    end if;
  end if;
  return null;
end $$;

create or replace trigger user_profiles_travel_stats_trg after insert or update of home_location on user_profiles
  for each row execute function users_home_location_changed();
