create or replace function tq_booking_reference() returns text
language sql volatile set search_path = public, pg_temp as $$
  select 'TQ-' || string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
    from generate_series(1, 8)
$$;

-- Stay rules that need other rows. The property row is locked FOR NO KEY UPDATE, so bookings of one property
-- queue for the moment it takes to commit one: with three or more racing for the same nights, letting them
-- proceed side by side made the losers wait on each other's uncommitted rows inside the exclusion check — a
-- deadlock. Queued, each later one meets the winner's committed row and gets bookings_no_overlap_excl. A host
-- blocking dates (FOR UPDATE in the availability trigger below) waits the same way, so neither can slip past
-- the other's check; foreign keys to the property (FOR KEY SHARE) are not held up.
create or replace function tq_bookings_check_stay() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  p record;
  v_nights int := new.check_out - new.check_in;
  v_min_nights int;
begin
  if tg_op = 'INSERT' and new.status = 'confirmed' then
    new.confirmed_at := coalesce(new.confirmed_at, now());
  end if;
  if tg_op = 'INSERT' and new.reference is null then
    new.reference := tq_booking_reference();
    while exists (select 1 from bookings where reference = new.reference) loop
      new.reference := tq_booking_reference();
    end loop;
  end if;
  -- A hold that has already lapsed holds nothing: refused when written, not left for the sweep to expire.
  -- Judged by the statement's time, not the transaction's start: a long transaction cannot stretch a hold.
  if new.status = 'pending' and new.hold_expires_at <= statement_timestamp()
     and (tg_op = 'INSERT' or new.hold_expires_at is distinct from old.hold_expires_at) then
    raise exception 'the hold would end at %, which is not in the future', new.hold_expires_at
      using errcode = 'check_violation', constraint = 'bookings_hold_expired_check';
  end if;
  -- Only a live account books: not a soft-deleted, suspended or deactivated one.
  if new.status in ('pending', 'confirmed') and (tg_op = 'INSERT' or new.guest_id is distinct from old.guest_id)
     and exists (select 1 from users u where u.id = new.guest_id
                    and (u.deleted_at is not null or u.status in ('suspended', 'deactivated'))) then
    raise exception 'guest % is deleted or disabled and cannot book', new.guest_id
      using errcode = 'check_violation', constraint = 'bookings_guest_active_check';
  end if;
  -- Bad dates are bookings_dates_check's to report (CHECKs run after this trigger).
  if new.status not in ('pending', 'confirmed') or new.check_out <= new.check_in then return new; end if;
  if tg_op = 'UPDATE' and old.status in ('pending', 'confirmed') and new.property_id = old.property_id
     and new.check_in = old.check_in and new.check_out = old.check_out
     and new.adults = old.adults and new.children = old.children then
    return new;
  end if;
  select id, status, deleted_at, max_guests, min_nights, max_nights into p
    from properties where id = new.property_id for no key update;
  if p.id is null then return new; end if; -- the foreign key reports it
  if p.deleted_at is not null then
    raise exception 'property % was deleted and cannot be booked', new.property_id
      using errcode = 'check_violation', constraint = 'bookings_property_bookable_check';
  end if;
  if p.status <> 'active' then
    raise exception 'property % is not open for booking (status %)', new.property_id, p.status
      using errcode = 'check_violation', constraint = 'bookings_property_bookable_check';
  end if;
  -- Summed as integer: two smallint counts near 32767 would overflow before the comparison.
  if new.adults::integer + new.children > p.max_guests then
    raise exception '% guests exceed the property''s max_guests of %', new.adults::integer + new.children, p.max_guests
      using errcode = 'check_violation', constraint = 'bookings_guests_check';
  end if;
  -- The calendar may ask for a longer stay on some nights (tq_stay_min_nights, as the quote and the search).
  v_min_nights := tq_stay_min_nights(new.property_id, daterange(new.check_in, new.check_out, '[)'));
  if v_nights < v_min_nights or (p.max_nights is not null and v_nights > p.max_nights) then
    raise exception '% nights is outside the stay limits (% to %)', v_nights, v_min_nights, coalesce(p.max_nights::text, 'unlimited')
      using errcode = 'check_violation', constraint = 'bookings_nights_check';
  end if;
  if exists (select 1 from property_availability a
              where a.property_id = new.property_id and a.status in ('blocked', 'maintenance')
                and a.during && daterange(new.check_in, new.check_out, '[)')) then
    raise exception 'the host has blocked dates between % and %', new.check_in, new.check_out
      using errcode = 'check_violation', constraint = 'bookings_blocked_dates_check';
  end if;
  -- A lapsed hold holds nothing, even before the sweep has run: expire the ones in the way so that the
  -- search (which counts them as free) and the booking agree. Serialised by the property's row lock above.
  update bookings b set status = 'expired'
   where b.property_id = new.property_id and b.status = 'pending' and b.id is distinct from new.id
     and b.hold_expires_at <= statement_timestamp()
     and daterange(b.check_in, b.check_out, '[)') && daterange(new.check_in, new.check_out, '[)');
  return new;
end $$;

create or replace trigger bookings_check_stay_trg before insert or update on bookings
  for each row execute function tq_bookings_check_stay();

-- The status state machine: cancelled, completed, no_show and expired are final.
create or replace function tq_bookings_status_machine() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.status is distinct from old.status then
    if not (
      (old.status = 'pending' and new.status in ('confirmed', 'cancelled', 'expired')) or
      (old.status = 'confirmed' and new.status in ('cancelled', 'completed', 'no_show'))
    ) then
      raise exception 'a booking cannot go from % to %', old.status, new.status
        using errcode = 'check_violation', constraint = 'bookings_status_transition_check';
    end if;
    -- A lapsed hold cannot be confirmed, even before the sweep has marked it expired.
    if old.status = 'pending' and new.status = 'confirmed' and old.hold_expires_at <= statement_timestamp() then
      raise exception 'the hold lapsed at %; the stay must be booked again', old.hold_expires_at
        using errcode = 'check_violation', constraint = 'bookings_hold_expired_check';
    end if;
    if new.status = 'confirmed' then new.confirmed_at := coalesce(new.confirmed_at, now()); end if;
    if new.status = 'cancelled' then new.cancelled_at := coalesce(new.cancelled_at, now()); end if;
    -- Only a pending booking holds (bookings_hold_check): leaving pending drops the hold.
    if new.status <> 'pending' then new.hold_expires_at := null; end if;
  end if;
  return new;
end $$;

create or replace trigger bookings_status_machine_trg before update of status on bookings
  for each row execute function tq_bookings_status_machine();

-- Automated confirmations: the event is written in the change's own transaction (core's outbox).
create or replace function tq_bookings_outbox() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_topic text;
begin
  if tg_op = 'INSERT' then
    if new.status = 'confirmed' then v_topic := 'booking.confirmed'; end if;
  elsif new.status is distinct from old.status then
    if new.status = 'confirmed' then v_topic := 'booking.confirmed';
    elsif new.status = 'cancelled' then v_topic := 'booking.cancelled';
    end if;
  elsif new.status = 'confirmed' and (new.check_in, new.check_out, new.adults, new.children, new.infants, new.total_minor)
        is distinct from (old.check_in, old.check_out, old.adults, old.children, old.infants, old.total_minor) then
    v_topic := 'booking.modified';
  end if;
  if v_topic is not null then
    insert into outbox_events (topic, aggregate_type, aggregate_id, actor_id, payload)
    values (v_topic, 'booking', new.id, tq_current_actor(), jsonb_build_object(
      'reference', new.reference, 'property_id', new.property_id, 'guest_id', new.guest_id,
      'check_in', new.check_in, 'check_out', new.check_out, 'status', new.status,
      'total_minor', new.total_minor, 'currency', new.currency));
  end if;
  return null;
end $$;

create or replace trigger bookings_outbox_trg after insert or update on bookings
  for each row execute function tq_bookings_outbox();

-- Holds: called by the maintenance job; expired holds stop blocking dates only once this has run.
create or replace function tq_expire_booking_holds() returns integer
language plpgsql set search_path = public, pg_temp as $$
declare
  n integer;
begin
  update bookings set status = 'expired' where status = 'pending' and hold_expires_at <= statement_timestamp();
  get diagnostics n = row_count;
  return n;
end $$;

-- A host cannot block dates a guest already holds.
create or replace function tq_availability_check_bookings() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.status not in ('blocked', 'maintenance') then return new; end if;
  perform 1 from properties where id = new.property_id for update;
  -- A lapsed hold (not yet swept) does not stand in the host's way, as it does not in a guest's.
  if exists (select 1 from bookings b
              where b.property_id = new.property_id
                and (b.status = 'confirmed' or (b.status = 'pending' and b.hold_expires_at > statement_timestamp()))
                and daterange(b.check_in, b.check_out, '[)') && new.during) then
    raise exception 'dates in % are already booked', new.during
      using errcode = 'check_violation', constraint = 'property_availability_booked_dates_check';
  end if;
  return new;
end $$;

create or replace trigger property_availability_check_bookings_trg before insert or update on property_availability
  for each row execute function tq_availability_check_bookings();
