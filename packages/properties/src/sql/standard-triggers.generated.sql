-- Rendered from standardTriggersSql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- properties
create or replace trigger properties_touch_trg before update on properties
  for each row execute function tq_touch_row();
create or replace trigger properties_stamp_actor_trg before insert or update on properties
  for each row execute function tq_stamp_actor();
create or replace trigger properties_soft_delete_trg before update on properties
  for each row execute function tq_stamp_soft_delete();
create or replace trigger properties_audit_insert_trg after insert on properties
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');
create or replace trigger properties_audit_update_trg after update on properties
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');
create or replace trigger properties_audit_delete_trg after delete on properties
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');

-- property_availability
create or replace trigger property_availability_touch_trg before update on property_availability
  for each row execute function tq_touch_row();
create or replace trigger property_availability_stamp_actor_trg before insert or update on property_availability
  for each row execute function tq_stamp_actor();
create or replace trigger property_availability_audit_insert_trg after insert on property_availability
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_availability_audit_update_trg after update on property_availability
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_availability_audit_delete_trg after delete on property_availability
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- property_pricing
create or replace trigger property_pricing_touch_trg before update on property_pricing
  for each row execute function tq_touch_row();
create or replace trigger property_pricing_stamp_actor_trg before insert or update on property_pricing
  for each row execute function tq_stamp_actor();
create or replace trigger property_pricing_audit_insert_trg after insert on property_pricing
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_pricing_audit_update_trg after update on property_pricing
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_pricing_audit_delete_trg after delete on property_pricing
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- property_calendar
create or replace trigger property_calendar_touch_trg before update on property_calendar
  for each row execute function tq_touch_row();
create or replace trigger property_calendar_stamp_actor_trg before insert or update on property_calendar
  for each row execute function tq_stamp_actor();
create or replace trigger property_calendar_audit_insert_trg after insert on property_calendar
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_calendar_audit_update_trg after update on property_calendar
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_calendar_audit_delete_trg after delete on property_calendar
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- property_rules
create or replace trigger property_rules_touch_trg before update on property_rules
  for each row execute function tq_touch_row();
create or replace trigger property_rules_stamp_actor_trg before insert or update on property_rules
  for each row execute function tq_stamp_actor();
create or replace trigger property_rules_audit_insert_trg after insert on property_rules
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_rules_audit_update_trg after update on property_rules
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger property_rules_audit_delete_trg after delete on property_rules
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- amenities
create or replace trigger amenities_touch_trg before update on amenities
  for each row execute function tq_touch_row();
create or replace trigger amenities_audit_insert_trg after insert on amenities
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger amenities_audit_update_trg after update on amenities
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger amenities_audit_delete_trg after delete on amenities
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- property_images
create or replace trigger property_images_touch_trg before update on property_images
  for each row execute function tq_touch_row();
