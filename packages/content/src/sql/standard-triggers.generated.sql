-- Rendered from standardTriggersSql in @touriquest/content/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- media_files
create or replace trigger media_files_audit_trg after insert or update or delete on media_files
  for each row execute function tq_audit_row();

-- content_templates
create or replace trigger content_templates_audit_trg after insert or update or delete on content_templates
  for each row execute function tq_audit_row();

-- content_moderation
create or replace trigger content_moderation_audit_trg after insert or update or delete on content_moderation
  for each row execute function tq_audit_row();

-- translations
create or replace trigger translations_audit_trg after insert or update or delete on translations
  for each row execute function tq_audit_row();

-- content_recommendations

-- content_analytics
