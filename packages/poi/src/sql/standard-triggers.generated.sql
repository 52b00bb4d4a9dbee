-- Rendered from standardTriggersSql in @touriquest/poi/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- pois
create or replace trigger pois_touch_trg before update on pois
  for each row execute function tq_touch_row();
create or replace trigger pois_stamp_actor_trg before insert or update on pois
  for each row execute function tq_stamp_actor();
create or replace trigger pois_soft_delete_trg before update on pois
  for each row execute function tq_stamp_soft_delete();
create or replace trigger pois_audit_trg after insert or update or delete on pois
  for each row execute function tq_audit_row();

-- poi_categories
create or replace trigger poi_categories_touch_trg before update on poi_categories
  for each row execute function tq_touch_row();
create or replace trigger poi_categories_stamp_actor_trg before insert or update on poi_categories
  for each row execute function tq_stamp_actor();
create or replace trigger poi_categories_soft_delete_trg before update on poi_categories
  for each row execute function tq_stamp_soft_delete();
create or replace trigger poi_categories_audit_trg after insert or update or delete on poi_categories
  for each row execute function tq_audit_row();

-- poi_audio_guides
create or replace trigger poi_audio_guides_touch_trg before update on poi_audio_guides
  for each row execute function tq_touch_row();
create or replace trigger poi_audio_guides_stamp_actor_trg before insert or update on poi_audio_guides
  for each row execute function tq_stamp_actor();
create or replace trigger poi_audio_guides_audit_trg after insert or update or delete on poi_audio_guides
  for each row execute function tq_audit_row();

-- poi_ar_experiences
create or replace trigger poi_ar_experiences_touch_trg before update on poi_ar_experiences
  for each row execute function tq_touch_row();
create or replace trigger poi_ar_experiences_stamp_actor_trg before insert or update on poi_ar_experiences
  for each row execute function tq_stamp_actor();
create or replace trigger poi_ar_experiences_audit_trg after insert or update or delete on poi_ar_experiences
  for each row execute function tq_audit_row();

-- poi_translations
create or replace trigger poi_translations_touch_trg before update on poi_translations
  for each row execute function tq_touch_row();
create or replace trigger poi_translations_stamp_actor_trg before insert or update on poi_translations
  for each row execute function tq_stamp_actor();
create or replace trigger poi_translations_audit_trg after insert or update or delete on poi_translations
  for each row execute function tq_audit_row();

-- poi_opening_hours
create or replace trigger poi_opening_hours_touch_trg before update on poi_opening_hours
  for each row execute function tq_touch_row();
create or replace trigger poi_opening_hours_stamp_actor_trg before insert or update on poi_opening_hours
  for each row execute function tq_stamp_actor();
create or replace trigger poi_opening_hours_audit_trg after insert or update or delete on poi_opening_hours
  for each row execute function tq_audit_row();

-- poi_images
create or replace trigger poi_images_touch_trg before update on poi_images
  for each row execute function tq_touch_row();
