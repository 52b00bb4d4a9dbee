-- Captured and refunded money is derived from the ledger (payment_transactions): direct writes are overwritten
-- (core's tq_derived_columns_guard); the payment's status must then agree (booking_payments_status_amounts_check).
create or replace trigger booking_payments_write_guard_trg before insert or update on booking_payments
  for each row execute function tq_derived_columns_guard('captured_minor', 'refunded_minor');
