-- Rendered from standardTriggersSql in @touriquest/bookings/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- bookings
create or replace trigger bookings_touch_trg before update on bookings
  for each row execute function tq_touch_row();
create or replace trigger bookings_stamp_actor_trg before insert or update on bookings
  for each row execute function tq_stamp_actor();
create or replace trigger bookings_audit_trg after insert or update or delete on bookings
  for each row execute function tq_audit_row();

-- booking_payments
create or replace trigger booking_payments_touch_trg before update on booking_payments
  for each row execute function tq_touch_row();
create or replace trigger booking_payments_audit_trg after insert or update or delete on booking_payments
  for each row execute function tq_audit_row();

-- booking_modifications
create or replace trigger booking_modifications_touch_trg before update on booking_modifications
  for each row execute function tq_touch_row();
create or replace trigger booking_modifications_audit_trg after insert or update or delete on booking_modifications
  for each row execute function tq_audit_row();

-- booking_cancellations
create or replace trigger booking_cancellations_touch_trg before update on booking_cancellations
  for each row execute function tq_touch_row();
create or replace trigger booking_cancellations_audit_trg after insert or update or delete on booking_cancellations
  for each row execute function tq_audit_row();

-- experience_bookings
create or replace trigger experience_bookings_touch_trg before update on experience_bookings
  for each row execute function tq_touch_row();
create or replace trigger experience_bookings_audit_trg after insert or update or delete on experience_bookings
  for each row execute function tq_audit_row();

-- booking_messages
create or replace trigger booking_messages_touch_trg before update on booking_messages
  for each row execute function tq_touch_row();
