-- Rendered from standardTriggersSql in @touriquest/bookings/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- bookings
create or replace trigger bookings_touch_trg before update on bookings
  for each row execute function tq_touch_row();
create or replace trigger bookings_stamp_actor_trg before insert or update on bookings
  for each row execute function tq_stamp_actor();
create or replace trigger bookings_audit_insert_trg after insert on bookings
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger bookings_audit_update_trg after update on bookings
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger bookings_audit_delete_trg after delete on bookings
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- booking_payments
create or replace trigger booking_payments_touch_trg before update on booking_payments
  for each row execute function tq_touch_row();
create or replace trigger booking_payments_audit_insert_trg after insert on booking_payments
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger booking_payments_audit_update_trg after update on booking_payments
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger booking_payments_audit_delete_trg after delete on booking_payments
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- booking_modifications
create or replace trigger booking_modifications_touch_trg before update on booking_modifications
  for each row execute function tq_touch_row();
create or replace trigger booking_modifications_audit_insert_trg after insert on booking_modifications
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger booking_modifications_audit_update_trg after update on booking_modifications
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger booking_modifications_audit_delete_trg after delete on booking_modifications
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- booking_cancellations
create or replace trigger booking_cancellations_touch_trg before update on booking_cancellations
  for each row execute function tq_touch_row();
create or replace trigger booking_cancellations_audit_insert_trg after insert on booking_cancellations
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger booking_cancellations_audit_update_trg after update on booking_cancellations
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger booking_cancellations_audit_delete_trg after delete on booking_cancellations
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- experience_bookings
create or replace trigger experience_bookings_touch_trg before update on experience_bookings
  for each row execute function tq_touch_row();
create or replace trigger experience_bookings_audit_insert_trg after insert on experience_bookings
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_bookings_audit_update_trg after update on experience_bookings
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_bookings_audit_delete_trg after delete on experience_bookings
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- booking_messages
create or replace trigger booking_messages_touch_trg before update on booking_messages
  for each row execute function tq_touch_row();
