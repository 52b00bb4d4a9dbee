-- Seats and ratings are derived (bookings, reviews): direct writes are overwritten (core's tq_derived_columns_guard).
create or replace trigger experience_schedules_write_guard_trg before insert or update on experience_schedules
  for each row execute function tq_derived_columns_guard('seats_booked');
create or replace trigger experiences_write_guard_trg before insert or update on experiences
  for each row execute function tq_derived_columns_guard('rating_count', 'rating_avg');
