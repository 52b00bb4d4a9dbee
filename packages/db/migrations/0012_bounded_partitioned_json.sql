-- touriquest:no-transaction
-- touriquest:also-on-push
-- The jsonb size limits of 0011 on the partitioned tables, which drizzle-kit cannot see (hence hand-written
-- and also applied by push). A CHECK on the parent reaches every partition, present and future; NOT VALID
-- then VALIDATE as in 0011, so the scan of a large events table does not block writes. Safe to repeat.
alter table "user_behavior_events" drop constraint if exists "user_behavior_events_properties_size_check", add constraint "user_behavior_events_properties_size_check" check (octet_length(properties::text) <= 16384) not valid;
--> statement-breakpoint
alter table "user_behavior_events" validate constraint "user_behavior_events_properties_size_check";
--> statement-breakpoint
alter table "system_health_checks" drop constraint if exists "system_health_checks_metrics_size_check", add constraint "system_health_checks_metrics_size_check" check (octet_length(metrics::text) <= 16384) not valid;
--> statement-breakpoint
alter table "system_health_checks" validate constraint "system_health_checks_metrics_size_check";
