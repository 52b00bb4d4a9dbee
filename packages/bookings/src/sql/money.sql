-- The ledger drives the payment's captured/refunded totals; refunds never exceed captures.
create or replace function tq_payment_transactions_apply() returns trigger
language plpgsql set search_path = public, pg_temp as $$
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

-- AFTER, so the row's own CHECKs (a positive amount, one owner) report first, not a rule of the payment.
create or replace trigger payment_transactions_apply_trg after insert on payment_transactions
  for each row execute function tq_payment_transactions_apply();


-- A cancellation refunds at most what was paid, and cancels the booking (freeing its dates).
create or replace function tq_booking_cancellations_apply() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_paid bigint;
  v_currency char(3);
begin
  if tg_op = 'UPDATE' and new.booking_id is distinct from old.booking_id then
    raise exception 'a cancellation stays with booking %', old.booking_id
      using errcode = 'check_violation', constraint = 'booking_cancellations_booking_fixed_check';
  end if;
  select currency into v_currency from bookings where id = new.booking_id for update;
  -- Only money in the booking's currency counts (booking_payments_currency_check keeps it the only kind).
  -- What was paid is what was captured: refunds already made (for this cancellation, too) do not shrink it.
  select coalesce(sum(captured_minor), 0) into v_paid
    from booking_payments where booking_id = new.booking_id and currency = v_currency;
  if new.refund_minor > v_paid then
    raise exception 'refund of % exceeds the % paid for this booking', new.refund_minor, v_paid
      using errcode = 'check_violation', constraint = 'booking_cancellations_refund_within_paid_check';
  end if;
  update bookings set status = 'cancelled' where id = new.booking_id and status <> 'cancelled';
  return new;
end $$;

-- On UPDATE too: a refund raised later is held to what was paid. AFTER, so the row's own CHECKs report first.
create or replace trigger booking_cancellations_apply_trg after insert or update of refund_minor, booking_id on booking_cancellations
  for each row execute function tq_booking_cancellations_apply();

-- A booking is paid in its own currency: refunds and totals compare like with like.
create or replace function tq_booking_payments_currency() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_currency char(3);
begin
  select currency into v_currency from bookings where id = new.booking_id;
  if v_currency is not null and new.currency <> v_currency then
    raise exception 'payment currency % differs from the booking''s %', new.currency, v_currency
      using errcode = 'check_violation', constraint = 'booking_payments_currency_check';
  end if;
  return new;
end $$;

create or replace trigger booking_payments_currency_trg before insert or update of currency, booking_id on booking_payments
  for each row execute function tq_booking_payments_currency();

create or replace function tq_booking_messages_sender() returns trigger
language plpgsql set search_path = public, pg_temp as $$
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

-- The ledger is append-only.
create or replace trigger payment_transactions_append_only_trg before update or delete on payment_transactions
  for each row execute function tq_forbid_mutation('payment_transactions');
create or replace trigger payment_transactions_no_truncate_trg before truncate on payment_transactions
  for each statement execute function tq_forbid_mutation('payment_transactions');
