-- Rendered from standardTriggersSql in @touriquest/ai-admin/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- ai_conversations
create or replace trigger ai_conversations_touch_trg before update on ai_conversations
  for each row execute function tq_touch_row();

-- user_preference_learning
create or replace trigger user_preference_learning_touch_trg before update on user_preference_learning
  for each row execute function tq_touch_row();

-- system_settings
create or replace trigger system_settings_touch_trg before update on system_settings
  for each row execute function tq_touch_row();
create or replace trigger system_settings_stamp_actor_trg before insert or update on system_settings
  for each row execute function tq_stamp_actor();
create or replace trigger system_settings_audit_insert_trg after insert on system_settings
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('value');
create or replace trigger system_settings_audit_update_trg after update on system_settings
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('value');
create or replace trigger system_settings_audit_delete_trg after delete on system_settings
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('value');
