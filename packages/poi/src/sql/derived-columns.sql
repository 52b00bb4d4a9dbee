-- Ratings are derived from published reviews: direct writes are overwritten (core's tq_derived_columns_guard).
create or replace trigger pois_write_guard_trg before insert or update on pois
  for each row execute function tq_derived_columns_guard('rating_count', 'rating_avg');
