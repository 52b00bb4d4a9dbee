-- Rendered from standardTriggersSql in @touriquest/reviews/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- reviews
create or replace trigger reviews_touch_trg before update on reviews
  for each row execute function tq_touch_row();
create or replace trigger reviews_stamp_actor_trg before insert or update on reviews
  for each row execute function tq_stamp_actor();
create or replace trigger reviews_soft_delete_trg before update on reviews
  for each row execute function tq_stamp_soft_delete();
create or replace trigger reviews_audit_insert_trg after insert on reviews
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:helpful_count');
create or replace trigger reviews_audit_update_trg after update on reviews
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:helpful_count');
create or replace trigger reviews_audit_delete_trg after delete on reviews
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:helpful_count');

-- review_translations
create or replace trigger review_translations_touch_trg before update on review_translations
  for each row execute function tq_touch_row();

-- review_helpful_votes
create or replace trigger review_helpful_votes_touch_trg before update on review_helpful_votes
  for each row execute function tq_touch_row();

-- review_images
create or replace trigger review_images_touch_trg before update on review_images
  for each row execute function tq_touch_row();
