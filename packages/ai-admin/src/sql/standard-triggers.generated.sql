-- Rendered from standardTriggersSql in @touriquest/ai-admin/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- ai_conversations

-- user_preference_learning

-- system_settings
create or replace trigger system_settings_audit_trg after insert or update or delete on system_settings
  for each row execute function tq_audit_row('value');
