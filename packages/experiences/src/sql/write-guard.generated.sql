-- Rendered from core's writeGuardSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- experience_schedules: seats_booked are derived from confirmed experience bookings.
create or replace function experience_schedules_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe experience_schedules;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.seats_booked is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.seats_booked := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.seats_booked is distinct from old.seats_booked)
     and not tq_is_table_owner(tg_relid) then
    new.seats_booked := old.seats_booked;
  end if;
  v_probe := new;
  v_probe.seats_booked := old.seats_booked; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger experience_schedules_write_guard_trg before insert or update on experience_schedules
  for each row execute function experience_schedules_write_guard();


-- experiences: rating_count, rating_sum, rating_avg are derived from published reviews.
create or replace function experiences_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe experiences;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.rating_count is distinct from 0 or new.rating_sum is distinct from 0 or new.rating_avg is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.rating_count := 0; new.rating_sum := 0; new.rating_avg := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.rating_count is distinct from old.rating_count or new.rating_sum is distinct from old.rating_sum or new.rating_avg is distinct from old.rating_avg)
     and not tq_is_table_owner(tg_relid) then
    new.rating_count := old.rating_count; new.rating_sum := old.rating_sum; new.rating_avg := old.rating_avg;
  end if;
  v_probe := new;
  v_probe.rating_count := old.rating_count; v_probe.rating_sum := old.rating_sum; v_probe.rating_avg := old.rating_avg; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by; v_probe.search_vector := old.search_vector;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger experiences_write_guard_trg before insert or update on experiences
  for each row execute function experiences_write_guard();
