-- Rendered from core's writeGuardSql in @touriquest/bookings/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- booking_payments: captured_minor, refunded_minor are derived from the ledger (payment_transactions); the payment's status must agree (booking_payments_status_amounts_check).
create or replace function booking_payments_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe booking_payments;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.captured_minor is distinct from 0 or new.refunded_minor is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.captured_minor := 0; new.refunded_minor := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.captured_minor is distinct from old.captured_minor or new.refunded_minor is distinct from old.refunded_minor)
     and not tq_is_table_owner(tg_relid) then
    new.captured_minor := old.captured_minor; new.refunded_minor := old.refunded_minor;
  end if;
  v_probe := new;
  v_probe.captured_minor := old.captured_minor; v_probe.refunded_minor := old.refunded_minor; v_probe.updated_at := old.updated_at;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at;
  end if;
  return new;
end $$;

create or replace trigger booking_payments_write_guard_trg before insert or update on booking_payments
  for each row execute function booking_payments_write_guard();
