-- helpful_count is derived from review_helpful_votes: direct writes are overwritten (core's tq_derived_columns_guard).
create or replace trigger reviews_write_guard_trg before insert or update on reviews
  for each row execute function tq_derived_columns_guard('helpful_count');
