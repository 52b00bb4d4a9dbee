create or replace function tq_booking_reference() returns text
language sql volatile set search_path = public, pg_temp as $$
  select 'TQ-' || string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
    from generate_series(1, 8)
$$;

-- Stay rules that need other rows, judged for a set of bookings at once (one join, not a lookup per row):
-- p_guests are bookings whose guest must be a live account, p_stays bookings whose property, guests, nights
-- and dates must be bookable. The first rule broken, in this order, is the one reported. Their properties are
-- already locked (tq_bookings_check_stay), so what is read here cannot change before commit.
create or replace function tq_bookings_check_stay_rules(p_guests bookings[], p_stays bookings[]) returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  v record;
begin
  -- Only a live account books: not a soft-deleted, suspended or deactivated one.
  select b.guest_id into v from unnest(p_guests) b join users u on u.id = b.guest_id
   where u.deleted_at is not null or u.status in ('suspended', 'deactivated')
   limit 1;
  if found then
    raise exception 'guest % is deleted or disabled and cannot book', v.guest_id
      using errcode = 'check_violation', constraint = 'bookings_guest_active_check';
  end if;
  select s.*,
         case when s.deleted_at is not null then 'deleted' when s.status <> 'active' then 'status'
              when s.guests > s.max_guests then 'guests'
              when s.nights < s.min_nights or s.nights > coalesce(s.max_nights, s.nights) then 'nights'
              else 'blocked' end as rule
    into v
    from (select b.property_id, b.check_in, b.check_out, p.deleted_at, p.status, p.max_guests, p.max_nights,
                 -- Summed as integer: two smallint counts near 32767 would overflow before the comparison.
                 b.adults::integer + b.children as guests, b.check_out - b.check_in as nights,
                 -- The calendar may ask for a longer stay on some nights (as the quote and the search).
                 tq_stay_min_nights(b.property_id, daterange(b.check_in, b.check_out, '[)')) as min_nights,
                 exists (select 1 from property_availability a
                          where a.property_id = b.property_id and a.status in ('blocked', 'maintenance')
                            and a.during && daterange(b.check_in, b.check_out, '[)')) as blocked
            from unnest(p_stays) b join properties p on p.id = b.property_id) s
   where s.deleted_at is not null or s.status <> 'active' or s.guests > s.max_guests
      or s.nights < s.min_nights or s.nights > coalesce(s.max_nights, s.nights) or s.blocked
   limit 1;
  if not found then return; end if;
  if v.rule = 'deleted' then
    raise exception 'property % was deleted and cannot be booked', v.property_id
      using errcode = 'check_violation', constraint = 'bookings_property_bookable_check';
  elsif v.rule = 'status' then
    raise exception 'property % is not open for booking (status %)', v.property_id, v.status
      using errcode = 'check_violation', constraint = 'bookings_property_bookable_check';
  elsif v.rule = 'guests' then
    raise exception '% guests exceed the property''s max_guests of %', v.guests, v.max_guests
      using errcode = 'check_violation', constraint = 'bookings_guests_check';
  elsif v.rule = 'nights' then
    raise exception '% nights is outside the stay limits (% to %)', v.nights, v.min_nights, coalesce(v.max_nights::text, 'unlimited')
      using errcode = 'check_violation', constraint = 'bookings_nights_check';
  else
    raise exception 'the host has blocked dates between % and %', v.check_in, v.check_out
      using errcode = 'check_violation', constraint = 'bookings_blocked_dates_check';
  end if;
end $$;

-- Rewrites and locks, row by row; the stay rules of an INSERT are judged once per statement after it
-- (tq_bookings_check_new_stays), those of an UPDATE here. The property row is locked FOR NO KEY UPDATE, so
-- bookings of one property queue for the moment it takes to commit one: with three or more racing for the
-- same nights, letting them proceed side by side made the losers wait on each other's uncommitted rows inside
-- the exclusion check — a deadlock. Queued, each later one meets the winner's committed row and gets
-- bookings_no_overlap_excl. A host blocking dates (FOR UPDATE in the availability trigger below) waits the
-- same way, so neither can slip past the other's check; foreign keys to the property (FOR KEY SHARE) are not
-- held up.
create or replace function tq_bookings_check_stay() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_check_guest boolean;
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
  v_check_guest := tg_op = 'UPDATE' and new.status in ('pending', 'confirmed')
                   and new.guest_id is distinct from old.guest_id;
  -- Bad dates are bookings_dates_check's to report (CHECKs run after this trigger).
  if new.status not in ('pending', 'confirmed') or new.check_out <= new.check_in
     or (tg_op = 'UPDATE' and old.status in ('pending', 'confirmed') and new.property_id = old.property_id
         and new.check_in = old.check_in and new.check_out = old.check_out
         and new.adults = old.adults and new.children = old.children) then
    if v_check_guest then
      perform tq_bookings_check_stay_rules(array[new], null);
    end if;
    return new;
  end if;
  perform 1 from properties where id = new.property_id for no key update;
  if not found then return new; end if; -- the foreign key reports it
  if tg_op = 'UPDATE' then
    perform tq_bookings_check_stay_rules(case when v_check_guest then array[new] end, array[new]);
  end if;
  -- A lapsed hold holds nothing, even before the sweep has run: expire the ones in the way so that the
  -- search (which counts them as free) and the booking agree. Serialised by the property's row lock above.
  -- Probed first: an UPDATE that finds nothing still costs its statement-level triggers.
  if exists (select 1 from bookings b
              where b.property_id = new.property_id and b.status = 'pending' and b.id is distinct from new.id
                and b.hold_expires_at <= statement_timestamp()
                and daterange(b.check_in, b.check_out, '[)') && daterange(new.check_in, new.check_out, '[)')) then
    update bookings b set status = 'expired'
     where b.property_id = new.property_id and b.status = 'pending' and b.id is distinct from new.id
       and b.hold_expires_at <= statement_timestamp()
       and daterange(b.check_in, b.check_out, '[)') && daterange(new.check_in, new.check_out, '[)');
  end if;
  return new;
end $$;

create or replace trigger bookings_check_stay_trg before insert or update on bookings
  for each row execute function tq_bookings_check_stay();

-- The stay rules of inserted bookings, once per statement: the same rows tq_bookings_check_stay would have
-- judged one by one (a live guest for every pending or confirmed booking; the property, guests, nights and
-- blocked dates for those with valid dates, whose properties it locked).
create or replace function tq_bookings_check_new_stays() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  perform tq_bookings_check_stay_rules(
    array(select n::bookings from tq_bookings_new n where n.status in ('pending', 'confirmed')),
    array(select n::bookings from tq_bookings_new n where n.status in ('pending', 'confirmed') and n.check_out > n.check_in));
  return null;
end $$;

create or replace trigger bookings_check_new_stays_trg after insert on bookings
  referencing new table as tq_bookings_new
  for each statement execute function tq_bookings_check_new_stays();

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

-- Automated confirmations: the event is written in the change's own transaction (core's outbox). Inserted
-- bookings are announced once per statement (tq_bookings_outbox_inserted), updates row by row, where old and
-- new pair up.
create or replace function tq_bookings_outbox_inserted() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  insert into outbox_events (topic, aggregate_type, aggregate_id, actor_id, payload)
  select 'booking.confirmed', 'booking', n.id, tq_current_actor(), jsonb_build_object(
           'reference', n.reference, 'property_id', n.property_id, 'guest_id', n.guest_id,
           'check_in', n.check_in, 'check_out', n.check_out, 'status', n.status,
           'total_minor', n.total_minor, 'currency', n.currency)
    from tq_bookings_new n where n.status = 'confirmed';
  return null;
end $$;

create or replace trigger bookings_outbox_insert_trg after insert on bookings
  referencing new table as tq_bookings_new
  for each statement execute function tq_bookings_outbox_inserted();

create or replace function tq_bookings_outbox() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_topic text;
begin
  if new.status is distinct from old.status then
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

create or replace trigger bookings_outbox_trg after update on bookings
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
