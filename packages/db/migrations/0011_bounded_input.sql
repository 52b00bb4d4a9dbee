-- touriquest:no-transaction
-- Bounded input (core's limits.ts): every jsonb column a service writes has a size limit on its jsonb text
-- form (`<table>_<column>_size_check`: 16 KiB for metadata-like values, 256 KiB for documents: raw provider
-- responses, tool calls, content snapshots, admin change sets), every metadata column is an object, and a
-- category tree is at most 10 levels deep (`<table>_depth_check`). Safe under traffic, statement by
-- statement: each CHECK is added NOT VALID (a brief lock; new rows are held to it at once), then VALIDATE scans
-- existing rows without blocking writes. A failing VALIDATE names the constraint and the rows to fix; every
-- statement is safe to repeat. audit_log and outbox_events are left unbounded: the database writes them from
-- rows that are bounded themselves. The partitioned tables follow in 0012.
alter table "achievements" drop constraint if exists "achievements_criteria_size_check", add constraint "achievements_criteria_size_check" check (octet_length("achievements"."criteria"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "achievements" validate constraint "achievements_criteria_size_check";
--> statement-breakpoint
alter table "user_identities" drop constraint if exists "user_identities_metadata_size_check", add constraint "user_identities_metadata_size_check" check (octet_length("user_identities"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "user_identities" validate constraint "user_identities_metadata_size_check";
--> statement-breakpoint
alter table "user_preferences" drop constraint if exists "user_preferences_privacy_settings_size_check", add constraint "user_preferences_privacy_settings_size_check" check (octet_length("user_preferences"."privacy_settings"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "user_preferences" validate constraint "user_preferences_privacy_settings_size_check";
--> statement-breakpoint
alter table "user_preferences" drop constraint if exists "user_preferences_notification_settings_size_check", add constraint "user_preferences_notification_settings_size_check" check (octet_length("user_preferences"."notification_settings"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "user_preferences" validate constraint "user_preferences_notification_settings_size_check";
--> statement-breakpoint
alter table "user_profiles" drop constraint if exists "user_profiles_metadata_size_check", add constraint "user_profiles_metadata_size_check" check (octet_length("user_profiles"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "user_profiles" validate constraint "user_profiles_metadata_size_check";
--> statement-breakpoint
alter table "users" drop constraint if exists "users_metadata_size_check", add constraint "users_metadata_size_check" check (octet_length("users"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "users" validate constraint "users_metadata_size_check";
--> statement-breakpoint
alter table "content_versions" drop constraint if exists "content_versions_snapshot_size_check", add constraint "content_versions_snapshot_size_check" check (octet_length("content_versions"."snapshot"::text) <= 262144) not valid;
--> statement-breakpoint
alter table "content_versions" validate constraint "content_versions_snapshot_size_check";
--> statement-breakpoint
alter table "media_files" drop constraint if exists "media_files_variants_size_check", add constraint "media_files_variants_size_check" check (octet_length("media_files"."variants"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "media_files" validate constraint "media_files_variants_size_check";
--> statement-breakpoint
alter table "properties" drop constraint if exists "properties_metadata_size_check", add constraint "properties_metadata_size_check" check (octet_length("properties"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "properties" validate constraint "properties_metadata_size_check";
--> statement-breakpoint
alter table "poi_ar_experiences" drop constraint if exists "poi_ar_experiences_metadata_size_check", add constraint "poi_ar_experiences_metadata_size_check" check (octet_length("poi_ar_experiences"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "poi_ar_experiences" validate constraint "poi_ar_experiences_metadata_size_check";
--> statement-breakpoint
alter table "poi_categories" drop constraint if exists "poi_categories_metadata_size_check", add constraint "poi_categories_metadata_size_check" check (octet_length("poi_categories"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "poi_categories" validate constraint "poi_categories_metadata_size_check";
--> statement-breakpoint
alter table "poi_categories" drop constraint if exists "poi_categories_depth_check", add constraint "poi_categories_depth_check" check (nlevel("poi_categories"."path") <= 10) not valid;
--> statement-breakpoint
alter table "poi_categories" validate constraint "poi_categories_depth_check";
--> statement-breakpoint
alter table "pois" drop constraint if exists "pois_metadata_size_check", add constraint "pois_metadata_size_check" check (octet_length("pois"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "pois" validate constraint "pois_metadata_size_check";
--> statement-breakpoint
alter table "experience_categories" drop constraint if exists "experience_categories_metadata_size_check", add constraint "experience_categories_metadata_size_check" check (octet_length("experience_categories"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "experience_categories" validate constraint "experience_categories_metadata_size_check";
--> statement-breakpoint
alter table "experience_categories" drop constraint if exists "experience_categories_depth_check", add constraint "experience_categories_depth_check" check (nlevel("experience_categories"."path") <= 10) not valid;
--> statement-breakpoint
alter table "experience_categories" validate constraint "experience_categories_depth_check";
--> statement-breakpoint
alter table "experience_schedules" drop constraint if exists "experience_schedules_metadata_size_check", add constraint "experience_schedules_metadata_size_check" check (octet_length("experience_schedules"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "experience_schedules" validate constraint "experience_schedules_metadata_size_check";
--> statement-breakpoint
alter table "experiences" drop constraint if exists "experiences_metadata_size_check", add constraint "experiences_metadata_size_check" check (octet_length("experiences"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "experiences" validate constraint "experiences_metadata_size_check";
--> statement-breakpoint
alter table "booking_modifications" drop constraint if exists "booking_modifications_new_values_size_check", add constraint "booking_modifications_new_values_size_check" check (octet_length("booking_modifications"."new_values"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "booking_modifications" validate constraint "booking_modifications_new_values_size_check";
--> statement-breakpoint
alter table "booking_modifications" drop constraint if exists "booking_modifications_old_values_size_check", add constraint "booking_modifications_old_values_size_check" check (octet_length("booking_modifications"."old_values"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "booking_modifications" validate constraint "booking_modifications_old_values_size_check";
--> statement-breakpoint
alter table "bookings" drop constraint if exists "bookings_metadata_size_check", add constraint "bookings_metadata_size_check" check (octet_length("bookings"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "bookings" validate constraint "bookings_metadata_size_check";
--> statement-breakpoint
alter table "payment_transactions" drop constraint if exists "payment_transactions_raw_response_size_check", add constraint "payment_transactions_raw_response_size_check" check (octet_length("payment_transactions"."raw_response"::text) <= 262144) not valid;
--> statement-breakpoint
alter table "payment_transactions" validate constraint "payment_transactions_raw_response_size_check";
--> statement-breakpoint
alter table "activity_feed" drop constraint if exists "activity_feed_data_size_check", add constraint "activity_feed_data_size_check" check (octet_length("activity_feed"."data"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "activity_feed" validate constraint "activity_feed_data_size_check";
--> statement-breakpoint
alter table "notifications" drop constraint if exists "notifications_data_size_check", add constraint "notifications_data_size_check" check (octet_length("notifications"."data"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "notifications" validate constraint "notifications_data_size_check";
--> statement-breakpoint
alter table "social_posts" drop constraint if exists "social_posts_metadata_size_check", add constraint "social_posts_metadata_size_check" check (octet_length("social_posts"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "social_posts" validate constraint "social_posts_metadata_size_check";
--> statement-breakpoint
alter table "admin_audit_log" drop constraint if exists "admin_audit_log_changes_size_check", add constraint "admin_audit_log_changes_size_check" check (octet_length("admin_audit_log"."changes"::text) <= 262144) not valid;
--> statement-breakpoint
alter table "admin_audit_log" validate constraint "admin_audit_log_changes_size_check";
--> statement-breakpoint
alter table "ai_conversations" drop constraint if exists "ai_conversations_context_size_check", add constraint "ai_conversations_context_size_check" check (octet_length("ai_conversations"."context"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "ai_conversations" validate constraint "ai_conversations_context_size_check";
--> statement-breakpoint
alter table "ai_conversations" drop constraint if exists "ai_conversations_metadata_size_check", add constraint "ai_conversations_metadata_size_check" check (octet_length("ai_conversations"."metadata"::text) <= 16384) not valid;
--> statement-breakpoint
alter table "ai_conversations" validate constraint "ai_conversations_metadata_size_check";
--> statement-breakpoint
alter table "ai_messages" drop constraint if exists "ai_messages_tool_calls_size_check", add constraint "ai_messages_tool_calls_size_check" check (octet_length("ai_messages"."tool_calls"::text) <= 262144) not valid;
--> statement-breakpoint
alter table "ai_messages" validate constraint "ai_messages_tool_calls_size_check";
--> statement-breakpoint
alter table "system_settings" drop constraint if exists "system_settings_value_size_check", add constraint "system_settings_value_size_check" check (octet_length("system_settings"."value"::text) <= 262144) not valid;
--> statement-breakpoint
alter table "system_settings" validate constraint "system_settings_value_size_check";
