import { type DatabaseLogic, describeRules, standardTriggers } from '@touriquest/core';

describeRules({
  bookings_confirmed_at_check: 'a confirmed, completed or no-show booking needs confirmed_at',
  bookings_cancelled_at_check: 'a cancelled booking needs cancelled_at',
  bookings_no_overlap_excl: 'these dates overlap another pending or confirmed booking of this property',
  bookings_blocked_dates_check: 'the host has blocked some of these dates',
  bookings_nights_check: "the number of nights is outside the property's minimum/maximum stay",
  bookings_guests_check: "more guests than the property's max_guests",
  bookings_property_bookable_check: 'this property is not open for booking',
  bookings_status_transition_check: 'this booking status change is not allowed',
  bookings_total_check: 'total must equal subtotal + fees + taxes - discount',
  bookings_dates_check: 'check-out must be after check-in',
  bookings_hold_check: 'a pending booking needs hold_expires_at, and only a pending one',
  booking_payments_idempotency_key_key: 'a payment with this idempotency key exists already',
  payment_transactions_append_only: 'the payment ledger is append-only',
  payment_transactions_single_owner_check:
    'a ledger row belongs to exactly one booking payment or experience booking',
  payment_transactions_refund_exceeds_capture_check: 'refunds cannot exceed what was captured',
  payment_transactions_currency_check: 'a ledger row must be in its payment’s currency',
  booking_cancellations_booking_id_key: 'this booking is already cancelled',
  booking_cancellations_refund_within_paid_check: 'the refund exceeds what was paid for this booking',
  experience_bookings_capacity_check: 'not enough seats left on this schedule',
  experience_bookings_schedule_open_check: 'this schedule is cancelled',
  booking_messages_sender_check: "only the booking's guest and the property's host can write here",
  property_availability_booked_dates_check: 'these dates are already booked and cannot be blocked',
});

const referenceAndRules = `
create or replace function tq_booking_reference() returns text
language sql volatile as $$
  select 'TQ-' || string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
    from generate_series(1, 8)
$$;

do $$ begin
  if not exists (select 1 from pg_constraint where conname = 'bookings_no_overlap_excl') then
    -- Half-open [check_in, check_out): a stay ending on the 5th and one starting on the 5th do not overlap.
    alter table bookings add constraint bookings_no_overlap_excl
      exclude using gist (property_id with =, daterange(check_in, check_out, '[)') with &&)
      where (status in ('pending', 'confirmed'));
  end if;
end $$;

-- Stay rules that need other rows. The property row is locked FOR SHARE: bookings of one property proceed
-- side by side (the exclusion constraint arbitrates them), while a host blocking dates (FOR UPDATE in the
-- availability trigger below) waits for them, so neither can slip past the other's check.
create or replace function tq_bookings_check_stay() returns trigger
language plpgsql as $$
declare
  p record;
  v_nights int := new.check_out - new.check_in;
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
  -- Bad dates are bookings_dates_check's to report (CHECKs run after this trigger).
  if new.status not in ('pending', 'confirmed') or new.check_out <= new.check_in then return new; end if;
  if tg_op = 'UPDATE' and old.status in ('pending', 'confirmed') and new.property_id = old.property_id
     and new.check_in = old.check_in and new.check_out = old.check_out
     and new.adults = old.adults and new.children = old.children then
    return new;
  end if;
  select id, status, deleted_at, max_guests, min_nights, max_nights into p
    from properties where id = new.property_id for share;
  if p.id is null then return new; end if; -- the foreign key reports it
  if p.status <> 'active' or p.deleted_at is not null then
    raise exception 'property % is not open for booking (status %)', new.property_id, p.status
      using errcode = 'check_violation', constraint = 'bookings_property_bookable_check';
  end if;
  if new.adults + new.children > p.max_guests then
    raise exception '% guests exceed the property''s max_guests of %', new.adults + new.children, p.max_guests
      using errcode = 'check_violation', constraint = 'bookings_guests_check';
  end if;
  if v_nights < p.min_nights or (p.max_nights is not null and v_nights > p.max_nights) then
    raise exception '% nights is outside the stay limits (% to %)', v_nights, p.min_nights, coalesce(p.max_nights::text, 'unlimited')
      using errcode = 'check_violation', constraint = 'bookings_nights_check';
  end if;
  if exists (select 1 from property_availability a
              where a.property_id = new.property_id and a.status in ('blocked', 'maintenance')
                and a.during && daterange(new.check_in, new.check_out, '[)')) then
    raise exception 'the host has blocked dates between % and %', new.check_in, new.check_out
      using errcode = 'check_violation', constraint = 'bookings_blocked_dates_check';
  end if;
  return new;
end $$;

create or replace trigger bookings_check_stay_trg before insert or update on bookings
  for each row execute function tq_bookings_check_stay();

-- The status state machine: cancelled, completed, no_show and expired are final.
create or replace function tq_bookings_status_machine() returns trigger
language plpgsql as $$
begin
  if new.status is distinct from old.status then
    if not (
      (old.status = 'pending' and new.status in ('confirmed', 'cancelled', 'expired')) or
      (old.status = 'confirmed' and new.status in ('cancelled', 'completed', 'no_show'))
    ) then
      raise exception 'a booking cannot go from % to %', old.status, new.status
        using errcode = 'check_violation', constraint = 'bookings_status_transition_check';
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
language plpgsql as $$
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
language plpgsql as $$
declare
  n integer;
begin
  update bookings set status = 'expired' where status = 'pending' and hold_expires_at <= now();
  get diagnostics n = row_count;
  return n;
end $$;

-- A host cannot block dates a guest already holds.
create or replace function tq_availability_check_bookings() returns trigger
language plpgsql as $$
begin
  if new.status not in ('blocked', 'maintenance') then return new; end if;
  perform 1 from properties where id = new.property_id for update;
  if exists (select 1 from bookings b
              where b.property_id = new.property_id and b.status in ('pending', 'confirmed')
                and daterange(b.check_in, b.check_out, '[)') && new.during) then
    raise exception 'dates in % are already booked', new.during
      using errcode = 'check_violation', constraint = 'property_availability_booked_dates_check';
  end if;
  return new;
end $$;

create or replace trigger property_availability_check_bookings_trg before insert or update on property_availability
  for each row execute function tq_availability_check_bookings();
`;

const money = `
-- The ledger drives the payment's captured/refunded totals; refunds never exceed captures.
create or replace function tq_payment_transactions_apply() returns trigger
language plpgsql as $$
declare
  p record;
begin
  if new.booking_payment_id is null then return new; end if;
  select * into p from booking_payments where id = new.booking_payment_id for update;
  if new.currency <> p.currency then
    raise exception 'ledger currency % differs from the payment''s %', new.currency, p.currency
      using errcode = 'check_violation', constraint = 'payment_transactions_currency_check';
  end if;
  if new.kind = 'charge' then
    update booking_payments set captured_minor = captured_minor + new.amount_minor,
      status = case when captured_minor + new.amount_minor >= amount_minor then 'captured'::payment_status else status end
     where id = p.id;
  elsif new.kind in ('refund', 'chargeback') then
    if p.refunded_minor + new.amount_minor > p.captured_minor then
      raise exception 'refund of % would exceed the % captured (% already refunded)', new.amount_minor, p.captured_minor, p.refunded_minor
        using errcode = 'check_violation', constraint = 'payment_transactions_refund_exceeds_capture_check';
    end if;
    update booking_payments set refunded_minor = refunded_minor + new.amount_minor,
      status = case when refunded_minor + new.amount_minor = captured_minor then 'refunded'::payment_status
                   else 'partially_refunded'::payment_status end
     where id = p.id;
  end if;
  return new;
end $$;

create or replace trigger payment_transactions_apply_trg before insert on payment_transactions
  for each row execute function tq_payment_transactions_apply();

select tq_make_append_only('public.payment_transactions'::regclass);

-- A cancellation refunds at most what was paid, and cancels the booking (freeing its dates).
create or replace function tq_booking_cancellations_apply() returns trigger
language plpgsql as $$
declare
  v_paid bigint;
begin
  perform 1 from bookings where id = new.booking_id for update;
  select coalesce(sum(captured_minor - refunded_minor), 0) into v_paid from booking_payments where booking_id = new.booking_id;
  if new.refund_minor > v_paid then
    raise exception 'refund of % exceeds the % paid for this booking', new.refund_minor, v_paid
      using errcode = 'check_violation', constraint = 'booking_cancellations_refund_within_paid_check';
  end if;
  update bookings set status = 'cancelled' where id = new.booking_id and status <> 'cancelled';
  return new;
end $$;

create or replace trigger booking_cancellations_apply_trg before insert on booking_cancellations
  for each row execute function tq_booking_cancellations_apply();

create or replace function tq_booking_messages_sender() returns trigger
language plpgsql as $$
begin
  if not exists (select 1 from bookings b join properties p on p.id = b.property_id
                  where b.id = new.booking_id and new.sender_id in (b.guest_id, p.host_id)) then
    raise exception 'user % is neither the guest nor the host of booking %', new.sender_id, new.booking_id
      using errcode = 'check_violation', constraint = 'booking_messages_sender_check';
  end if;
  return new;
end $$;

create or replace trigger booking_messages_sender_trg before insert or update of sender_id, booking_id on booking_messages
  for each row execute function tq_booking_messages_sender();
`;

export const seatsSql = `
-- Seats move under a lock on the schedule row, so concurrent bookings of one schedule queue up and the
-- count stays exact; the schedule shows 'full' exactly when no seat is left.
create or replace function tq_schedule_adjust_seats(p_schedule uuid, p_delta int) returns void
language plpgsql as $$
declare
  s record;
begin
  if p_delta = 0 then return; end if;
  select capacity, seats_booked, status into s from experience_schedules where id = p_schedule for update;
  if s is null then return; end if;
  if p_delta > 0 and s.status = 'cancelled' then
    raise exception 'schedule % is cancelled', p_schedule
      using errcode = 'check_violation', constraint = 'experience_bookings_schedule_open_check';
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
language plpgsql as $$
declare
  v_old int := 0;
  v_new int := 0;
begin
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

create unique index if not exists host_performance_host_id_key on host_performance (host_id);
`;

export const bookingsLogic: DatabaseLogic[] = [
  { name: 'bookings/rules', sql: referenceAndRules },
  { name: 'bookings/money', sql: money },
  { name: 'bookings/seats', sql: seatsSql },
  {
    name: 'bookings/standard-triggers',
    sql: [
      standardTriggers('bookings'),
      standardTriggers('booking_payments'),
      standardTriggers('booking_modifications'),
      standardTriggers('booking_cancellations'),
      standardTriggers('experience_bookings'),
      standardTriggers('booking_messages', { audit: false }),
    ].join('\n'),
  },
];
