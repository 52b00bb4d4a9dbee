-- Rendered from standardTriggersSql in @touriquest/reviews/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- reviews
create or replace trigger reviews_audit_trg after insert or update or delete on reviews
  for each row execute function tq_audit_row();

-- review_translations
