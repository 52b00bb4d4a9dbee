-- Rendered from standardTriggersSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- experiences
create or replace trigger experiences_audit_trg after insert or update or delete on experiences
  for each row execute function tq_audit_row();

-- experience_categories
create or replace trigger experience_categories_audit_trg after insert or update or delete on experience_categories
  for each row execute function tq_audit_row();

-- experience_schedules
create or replace trigger experience_schedules_audit_trg after insert or update or delete on experience_schedules
  for each row execute function tq_audit_row();

-- experience_requirements
create or replace trigger experience_requirements_audit_trg after insert or update or delete on experience_requirements
  for each row execute function tq_audit_row();

-- experience_translations
create or replace trigger experience_translations_audit_trg after insert or update or delete on experience_translations
  for each row execute function tq_audit_row();

-- experience_images
