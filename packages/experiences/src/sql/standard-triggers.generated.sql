-- Rendered from standardTriggersSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- experiences
create or replace trigger experiences_touch_trg before update on experiences
  for each row execute function tq_touch_row();
create or replace trigger experiences_stamp_actor_trg before insert or update on experiences
  for each row execute function tq_stamp_actor();
create or replace trigger experiences_soft_delete_trg before update on experiences
  for each row execute function tq_stamp_soft_delete();
create or replace trigger experiences_audit_insert_trg after insert on experiences
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');
create or replace trigger experiences_audit_update_trg after update on experiences
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');
create or replace trigger experiences_audit_delete_trg after delete on experiences
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');

-- experience_categories
create or replace trigger experience_categories_touch_trg before update on experience_categories
  for each row execute function tq_touch_row();
create or replace trigger experience_categories_stamp_actor_trg before insert or update on experience_categories
  for each row execute function tq_stamp_actor();
create or replace trigger experience_categories_soft_delete_trg before update on experience_categories
  for each row execute function tq_stamp_soft_delete();
create or replace trigger experience_categories_audit_insert_trg after insert on experience_categories
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_categories_audit_update_trg after update on experience_categories
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_categories_audit_delete_trg after delete on experience_categories
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- experience_schedules
create or replace trigger experience_schedules_touch_trg before update on experience_schedules
  for each row execute function tq_touch_row();
create or replace trigger experience_schedules_stamp_actor_trg before insert or update on experience_schedules
  for each row execute function tq_stamp_actor();
create or replace trigger experience_schedules_audit_insert_trg after insert on experience_schedules
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_schedules_audit_update_trg after update on experience_schedules
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_schedules_audit_delete_trg after delete on experience_schedules
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- experience_requirements
create or replace trigger experience_requirements_touch_trg before update on experience_requirements
  for each row execute function tq_touch_row();
create or replace trigger experience_requirements_stamp_actor_trg before insert or update on experience_requirements
  for each row execute function tq_stamp_actor();
create or replace trigger experience_requirements_audit_insert_trg after insert on experience_requirements
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_requirements_audit_update_trg after update on experience_requirements
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_requirements_audit_delete_trg after delete on experience_requirements
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- experience_translations
create or replace trigger experience_translations_touch_trg before update on experience_translations
  for each row execute function tq_touch_row();
create or replace trigger experience_translations_stamp_actor_trg before insert or update on experience_translations
  for each row execute function tq_stamp_actor();
create or replace trigger experience_translations_audit_insert_trg after insert on experience_translations
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_translations_audit_update_trg after update on experience_translations
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger experience_translations_audit_delete_trg after delete on experience_translations
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- experience_images
create or replace trigger experience_images_touch_trg before update on experience_images
  for each row execute function tq_touch_row();
