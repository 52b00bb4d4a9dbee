-- The two high-volume tables are range-partitioned by month (migration 0004); their triggers are declared on
-- the parent and PostgreSQL clones them onto every partition, present and future.

-- Events are never edited; deleting stays possible so a user's events can be erased on request.
create or replace trigger user_behavior_events_no_update_trg before update on user_behavior_events
  for each row execute function tq_forbid_mutation('user_behavior_events');

-- Health checks are append-only.
create or replace trigger system_health_checks_append_only_trg before update or delete on system_health_checks
  for each row execute function tq_forbid_mutation('system_health_checks');
create or replace trigger system_health_checks_no_truncate_trg before truncate on system_health_checks
  for each statement execute function tq_forbid_mutation('system_health_checks');
