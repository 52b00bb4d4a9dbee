-- Rendered from standardTriggersSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- experiences
create or replace trigger experiences_touch_trg before update on experiences
  for each row execute function tq_touch_row();
create or replace trigger experiences_stamp_actor_trg before insert or update on experiences
  for each row execute function tq_stamp_actor();
create or replace trigger experiences_soft_delete_trg before update on experiences
  for each row execute function tq_stamp_soft_delete();
create or replace trigger experiences_audit_trg after insert or update or delete on experiences
  for each row execute function tq_audit_row();

-- experience_categories
create or replace trigger experience_categories_touch_trg before update on experience_categories
  for each row execute function tq_touch_row();
create or replace trigger experience_categories_stamp_actor_trg before insert or update on experience_categories
  for each row execute function tq_stamp_actor();
create or replace trigger experience_categories_soft_delete_trg before update on experience_categories
  for each row execute function tq_stamp_soft_delete();
create or replace trigger experience_categories_audit_trg after insert or update or delete on experience_categories
  for each row execute function tq_audit_row();

-- experience_schedules
create or replace trigger experience_schedules_touch_trg before update on experience_schedules
  for each row execute function tq_touch_row();
create or replace trigger experience_schedules_stamp_actor_trg before insert or update on experience_schedules
  for each row execute function tq_stamp_actor();
create or replace trigger experience_schedules_audit_trg after insert or update or delete on experience_schedules
  for each row execute function tq_audit_row();

-- experience_requirements
create or replace trigger experience_requirements_touch_trg before update on experience_requirements
  for each row execute function tq_touch_row();
create or replace trigger experience_requirements_stamp_actor_trg before insert or update on experience_requirements
  for each row execute function tq_stamp_actor();
create or replace trigger experience_requirements_audit_trg after insert or update or delete on experience_requirements
  for each row execute function tq_audit_row();

-- experience_translations
create or replace trigger experience_translations_touch_trg before update on experience_translations
  for each row execute function tq_touch_row();
create or replace trigger experience_translations_stamp_actor_trg before insert or update on experience_translations
  for each row execute function tq_stamp_actor();
create or replace trigger experience_translations_audit_trg after insert or update or delete on experience_translations
  for each row execute function tq_audit_row();

-- experience_images
create or replace trigger experience_images_touch_trg before update on experience_images
  for each row execute function tq_touch_row();
