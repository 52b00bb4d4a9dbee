-- Rendered from standardTriggersSql in @touriquest/content/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- media_files
create or replace trigger media_files_touch_trg before update on media_files
  for each row execute function tq_touch_row();
create or replace trigger media_files_stamp_actor_trg before insert or update on media_files
  for each row execute function tq_stamp_actor();
create or replace trigger media_files_soft_delete_trg before update on media_files
  for each row execute function tq_stamp_soft_delete();
create or replace trigger media_files_audit_insert_trg after insert on media_files
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger media_files_audit_update_trg after update on media_files
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger media_files_audit_delete_trg after delete on media_files
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- content_templates
create or replace trigger content_templates_touch_trg before update on content_templates
  for each row execute function tq_touch_row();
create or replace trigger content_templates_stamp_actor_trg before insert or update on content_templates
  for each row execute function tq_stamp_actor();
create or replace trigger content_templates_soft_delete_trg before update on content_templates
  for each row execute function tq_stamp_soft_delete();
create or replace trigger content_templates_audit_insert_trg after insert on content_templates
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger content_templates_audit_update_trg after update on content_templates
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger content_templates_audit_delete_trg after delete on content_templates
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- content_moderation
create or replace trigger content_moderation_touch_trg before update on content_moderation
  for each row execute function tq_touch_row();
create or replace trigger content_moderation_stamp_actor_trg before insert or update on content_moderation
  for each row execute function tq_stamp_actor();
create or replace trigger content_moderation_audit_insert_trg after insert on content_moderation
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger content_moderation_audit_update_trg after update on content_moderation
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger content_moderation_audit_delete_trg after delete on content_moderation
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- translations
create or replace trigger translations_touch_trg before update on translations
  for each row execute function tq_touch_row();
create or replace trigger translations_stamp_actor_trg before insert or update on translations
  for each row execute function tq_stamp_actor();
create or replace trigger translations_audit_insert_trg after insert on translations
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger translations_audit_update_trg after update on translations
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger translations_audit_delete_trg after delete on translations
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- content_recommendations
create or replace trigger content_recommendations_touch_trg before update on content_recommendations
  for each row execute function tq_touch_row();

-- content_analytics
create or replace trigger content_analytics_touch_trg before update on content_analytics
  for each row execute function tq_touch_row();

-- search_index
create or replace trigger search_index_touch_trg before update on search_index
  for each row execute function tq_touch_row();
