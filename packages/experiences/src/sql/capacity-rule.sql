create or replace function experience_schedules_capacity_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_max integer;
begin
  if new.status = 'cancelled' then
    return new;
  end if;
  -- Named for what the writer changed (capacity), not for the seats it would strand.
  if new.capacity < new.seats_booked then
    raise exception 'capacity % is below the % seats already booked', new.capacity, new.seats_booked
      using errcode = 'check_violation', constraint = 'experience_schedules_capacity_below_booked_check';
  end if;
  -- Nothing to check (or lock) when a live schedule keeps its experience and does not grow: seat sales
  -- update status on every booking and must not queue behind edits of the experience.
  if tg_op = 'UPDATE' and old.status <> 'cancelled' and new.experience_id = old.experience_id
     and new.capacity <= old.capacity then
    return new;
  end if;
  select max_participants into v_max from experiences where id = new.experience_id for share;
  if v_max is not null and new.capacity > v_max then
    raise exception 'schedule capacity % exceeds the experience''s max participants %', new.capacity, v_max
      using errcode = 'check_violation', constraint = 'experience_schedules_capacity_max_participants_check';
  end if;
  return new;
end $$;

create or replace trigger experience_schedules_capacity_trg
  before insert or update of capacity, experience_id, status on experience_schedules
  for each row execute function experience_schedules_capacity_rule();

create or replace function experiences_max_participants_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if exists (select 1 from experience_schedules s
              where s.experience_id = new.id and s.status <> 'cancelled' and s.capacity > new.max_participants) then
    raise exception 'a schedule of this experience has more capacity than % participants', new.max_participants
      using errcode = 'check_violation', constraint = 'experiences_max_participants_schedules_check';
  end if;
  return new;
end $$;

create or replace trigger experiences_max_participants_trg
  before update of max_participants on experiences
  for each row when (new.max_participants < old.max_participants)
  execute function experiences_max_participants_rule();
