-- Rendered from standardTriggersSql in @touriquest/poi/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- pois
create or replace trigger pois_touch_trg before update on pois
  for each row execute function tq_touch_row();
create or replace trigger pois_stamp_actor_trg before insert or update on pois
  for each row execute function tq_stamp_actor();
create or replace trigger pois_soft_delete_trg before update on pois
  for each row execute function tq_stamp_soft_delete();
create or replace trigger pois_audit_insert_trg after insert on pois
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');
create or replace trigger pois_audit_update_trg after update on pois
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');
create or replace trigger pois_audit_delete_trg after delete on pois
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:rating_count', 'quiet:rating_sum', 'quiet:rating_avg');

-- poi_categories
create or replace trigger poi_categories_touch_trg before update on poi_categories
  for each row execute function tq_touch_row();
create or replace trigger poi_categories_stamp_actor_trg before insert or update on poi_categories
  for each row execute function tq_stamp_actor();
create or replace trigger poi_categories_soft_delete_trg before update on poi_categories
  for each row execute function tq_stamp_soft_delete();
create or replace trigger poi_categories_audit_insert_trg after insert on poi_categories
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_categories_audit_update_trg after update on poi_categories
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_categories_audit_delete_trg after delete on poi_categories
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- poi_audio_guides
create or replace trigger poi_audio_guides_touch_trg before update on poi_audio_guides
  for each row execute function tq_touch_row();
create or replace trigger poi_audio_guides_stamp_actor_trg before insert or update on poi_audio_guides
  for each row execute function tq_stamp_actor();
create or replace trigger poi_audio_guides_audit_insert_trg after insert on poi_audio_guides
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_audio_guides_audit_update_trg after update on poi_audio_guides
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_audio_guides_audit_delete_trg after delete on poi_audio_guides
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- poi_ar_experiences
create or replace trigger poi_ar_experiences_touch_trg before update on poi_ar_experiences
  for each row execute function tq_touch_row();
create or replace trigger poi_ar_experiences_stamp_actor_trg before insert or update on poi_ar_experiences
  for each row execute function tq_stamp_actor();
create or replace trigger poi_ar_experiences_audit_insert_trg after insert on poi_ar_experiences
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_ar_experiences_audit_update_trg after update on poi_ar_experiences
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_ar_experiences_audit_delete_trg after delete on poi_ar_experiences
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- poi_translations
create or replace trigger poi_translations_touch_trg before update on poi_translations
  for each row execute function tq_touch_row();
create or replace trigger poi_translations_stamp_actor_trg before insert or update on poi_translations
  for each row execute function tq_stamp_actor();
create or replace trigger poi_translations_audit_insert_trg after insert on poi_translations
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_translations_audit_update_trg after update on poi_translations
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_translations_audit_delete_trg after delete on poi_translations
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- poi_opening_hours
create or replace trigger poi_opening_hours_touch_trg before update on poi_opening_hours
  for each row execute function tq_touch_row();
create or replace trigger poi_opening_hours_stamp_actor_trg before insert or update on poi_opening_hours
  for each row execute function tq_stamp_actor();
create or replace trigger poi_opening_hours_audit_insert_trg after insert on poi_opening_hours
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_opening_hours_audit_update_trg after update on poi_opening_hours
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger poi_opening_hours_audit_delete_trg after delete on poi_opening_hours
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- poi_images
create or replace trigger poi_images_touch_trg before update on poi_images
  for each row execute function tq_touch_row();
