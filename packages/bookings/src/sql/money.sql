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

-- The ledger is append-only.
create or replace trigger payment_transactions_append_only_trg before update or delete on payment_transactions
  for each row execute function tq_forbid_mutation('payment_transactions');
create or replace trigger payment_transactions_no_truncate_trg before truncate on payment_transactions
  for each statement execute function tq_forbid_mutation('payment_transactions');
