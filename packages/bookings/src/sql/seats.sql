-- Seats move under a lock on the schedule row, so concurrent bookings of one schedule queue up and the
-- count stays exact; the schedule shows 'full' exactly when no seat is left.
create or replace function tq_schedule_adjust_seats(p_schedule uuid, p_delta int) returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  s record;
begin
  if p_delta = 0 then return; end if;
  select experience_id, capacity, seats_booked, status into s from experience_schedules where id = p_schedule for update;
  if s is null then return; end if;
  if p_delta > 0 and s.status = 'cancelled' then
    raise exception 'schedule % is cancelled', p_schedule
      using errcode = 'check_violation', constraint = 'experience_bookings_schedule_open_check';
  end if;
  -- Only a live, active experience sells seats (not a draft, paused, archived or soft-deleted one).
  if p_delta > 0 and exists (select 1 from experiences e where e.id = s.experience_id
                                and (e.status <> 'active' or e.deleted_at is not null)) then
    raise exception 'the experience of schedule % is not open for booking', p_schedule
      using errcode = 'check_violation', constraint = 'experience_bookings_experience_active_check';
  end if;
  if s.seats_booked + p_delta > s.capacity then
    raise exception 'only % of % seats left', s.capacity - s.seats_booked, s.capacity
      using errcode = 'check_violation', constraint = 'experience_bookings_capacity_check';
  end if;
  update experience_schedules
     set seats_booked = seats_booked + p_delta,
         status = case when status = 'cancelled' then status
                       when seats_booked + p_delta >= capacity then 'full'::experience_schedule_status
                       else 'open'::experience_schedule_status end
   where id = p_schedule;
end $$;

create or replace function tq_experience_bookings_seats() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_old int := 0;
  v_new int := 0;
begin
  -- Only a live account books: not a soft-deleted, suspended or deactivated one.
  if tg_op <> 'DELETE' and new.status <> 'cancelled' and (tg_op = 'INSERT' or new.user_id is distinct from old.user_id)
     and exists (select 1 from users u where u.id = new.user_id
                    and (u.deleted_at is not null or u.status in ('suspended', 'deactivated'))) then
    raise exception 'user % is deleted or disabled and cannot book', new.user_id
      using errcode = 'check_violation', constraint = 'experience_bookings_guest_active_check';
  end if;
  if tg_op in ('UPDATE', 'DELETE') and old.status <> 'cancelled' then v_old := old.participants; end if;
  if tg_op in ('INSERT', 'UPDATE') and new.status <> 'cancelled' then v_new := new.participants; end if;
  if tg_op = 'UPDATE' and new.schedule_id is distinct from old.schedule_id then
    perform tq_schedule_adjust_seats(old.schedule_id, -v_old);
    perform tq_schedule_adjust_seats(new.schedule_id, v_new);
  elsif tg_op = 'DELETE' then
    perform tq_schedule_adjust_seats(old.schedule_id, -v_old);
  else
    perform tq_schedule_adjust_seats(new.schedule_id, v_new - v_old);
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create or replace trigger experience_bookings_seats_trg before insert or update or delete on experience_bookings
  for each row execute function tq_experience_bookings_seats();
