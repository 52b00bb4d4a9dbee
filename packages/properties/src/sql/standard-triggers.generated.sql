-- Rendered from standardTriggersSql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- properties
create or replace trigger properties_touch_trg before update on properties
  for each row execute function tq_touch_row();
create or replace trigger properties_stamp_actor_trg before insert or update on properties
  for each row execute function tq_stamp_actor();
create or replace trigger properties_soft_delete_trg before update on properties
  for each row execute function tq_stamp_soft_delete();
create or replace trigger properties_audit_trg after insert or update or delete on properties
  for each row execute function tq_audit_row();

-- property_availability
create or replace trigger property_availability_touch_trg before update on property_availability
  for each row execute function tq_touch_row();
create or replace trigger property_availability_stamp_actor_trg before insert or update on property_availability
  for each row execute function tq_stamp_actor();
create or replace trigger property_availability_audit_trg after insert or update or delete on property_availability
  for each row execute function tq_audit_row();

-- property_pricing
create or replace trigger property_pricing_touch_trg before update on property_pricing
  for each row execute function tq_touch_row();
create or replace trigger property_pricing_stamp_actor_trg before insert or update on property_pricing
  for each row execute function tq_stamp_actor();
create or replace trigger property_pricing_audit_trg after insert or update or delete on property_pricing
  for each row execute function tq_audit_row();

-- property_calendar
create or replace trigger property_calendar_touch_trg before update on property_calendar
  for each row execute function tq_touch_row();
create or replace trigger property_calendar_stamp_actor_trg before insert or update on property_calendar
  for each row execute function tq_stamp_actor();
create or replace trigger property_calendar_audit_trg after insert or update or delete on property_calendar
  for each row execute function tq_audit_row();

-- property_rules
create or replace trigger property_rules_touch_trg before update on property_rules
  for each row execute function tq_touch_row();
create or replace trigger property_rules_stamp_actor_trg before insert or update on property_rules
  for each row execute function tq_stamp_actor();
create or replace trigger property_rules_audit_trg after insert or update or delete on property_rules
  for each row execute function tq_audit_row();

-- amenities
create or replace trigger amenities_touch_trg before update on amenities
  for each row execute function tq_touch_row();
create or replace trigger amenities_audit_trg after insert or update or delete on amenities
  for each row execute function tq_audit_row();

-- property_images
create or replace trigger property_images_touch_trg before update on property_images
  for each row execute function tq_touch_row();
