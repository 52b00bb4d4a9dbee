-- touriquest:no-transaction
-- zod and the database agree on single-row rules (found by the zod-agreement property tests):
--  * "not blank" checks trim the white space JavaScript's trim() removes, not only spaces (a name of tabs
--    and newlines passed them);
--  * new rules zod already had: users.email and user_identities.provider_email at most 254 characters
--    (RFC 5321), media_files.storage_key never empty or padded, idempotency keys 8-255 printable
--    characters, a POI's tags without nulls, an experience's languages as BCP 47 tags, the meeting point
--    description at most 1000 characters, a review's host response not blank;
--  * 24:00 closes a day but never opens one (opening hours, check-in/out times, quiet hours' start);
--  * tag-list checks no longer pass an empty tag or a trailing space.
-- Safe under traffic, statement by statement, like 0008: each swap (drop + add NOT VALID in one ALTER) takes
-- a brief lock and never lets a rule lapse for new rows; VALIDATE then scans existing rows without blocking
-- writes. If a VALIDATE fails, rows break the rule: fix them (the error names the constraint) and run
-- migrate again; every statement here is safe to repeat.
alter table "achievements" drop constraint if exists "achievements_name_check", add constraint "achievements_name_check" check (length(btrim("achievements"."name", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "achievements" validate constraint "achievements_name_check";
--> statement-breakpoint
alter table "user_identities" drop constraint if exists "user_identities_provider_email_check", add constraint "user_identities_provider_email_check" check ("user_identities"."provider_email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$' and char_length("user_identities"."provider_email") <= 254) not valid;
--> statement-breakpoint
alter table "user_identities" validate constraint "user_identities_provider_email_check";
--> statement-breakpoint
alter table "user_identities" drop constraint if exists "user_identities_provider_user_id_check", add constraint "user_identities_provider_user_id_check" check (length(btrim("user_identities"."provider_user_id", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "user_identities" validate constraint "user_identities_provider_user_id_check";
--> statement-breakpoint
alter table "users" drop constraint if exists "users_email_length_check", add constraint "users_email_length_check" check (char_length("users"."email") <= 254) not valid;
--> statement-breakpoint
alter table "users" validate constraint "users_email_length_check";
--> statement-breakpoint
alter table "content_moderation" drop constraint if exists "content_moderation_auto_flags_check", add constraint "content_moderation_auto_flags_check" check (array_position("content_moderation"."auto_flags", null) is null and (cardinality("content_moderation"."auto_flags") = 0 or array_to_string("content_moderation"."auto_flags", ',') ~ '^[a-z][a-z0-9_]{0,49}(,[a-z][a-z0-9_]{0,49})*$')) not valid;
--> statement-breakpoint
alter table "content_moderation" validate constraint "content_moderation_auto_flags_check";
--> statement-breakpoint
alter table "content_templates" drop constraint if exists "content_templates_variables_check", add constraint "content_templates_variables_check" check (array_position("content_templates"."variables", null) is null and (cardinality("content_templates"."variables") = 0 or array_to_string("content_templates"."variables", ',') ~ '^[a-z][a-zA-Z0-9_]{0,63}(,[a-z][a-zA-Z0-9_]{0,63})*$')) not valid;
--> statement-breakpoint
alter table "content_templates" validate constraint "content_templates_variables_check";
--> statement-breakpoint
alter table "content_templates" drop constraint if exists "content_templates_subject_check", add constraint "content_templates_subject_check" check ("content_templates"."channel" not in ('email', 'push') or coalesce(btrim("content_templates"."subject", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000'), '') <> '') not valid;
--> statement-breakpoint
alter table "content_templates" validate constraint "content_templates_subject_check";
--> statement-breakpoint
alter table "content_templates" drop constraint if exists "content_templates_body_check", add constraint "content_templates_body_check" check (btrim("content_templates"."body", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000') <> '') not valid;
--> statement-breakpoint
alter table "content_templates" validate constraint "content_templates_body_check";
--> statement-breakpoint
alter table "media_files" drop constraint if exists "media_files_storage_key_check", add constraint "media_files_storage_key_check" check ("media_files"."storage_key" <> '' and btrim("media_files"."storage_key", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000') = "media_files"."storage_key" and length("media_files"."storage_key") <= 1024) not valid;
--> statement-breakpoint
alter table "media_files" validate constraint "media_files_storage_key_check";
--> statement-breakpoint
alter table "amenities" drop constraint if exists "amenities_name_check", add constraint "amenities_name_check" check (length(btrim("amenities"."name", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 100) not valid;
--> statement-breakpoint
alter table "amenities" validate constraint "amenities_name_check";
--> statement-breakpoint
alter table "properties" drop constraint if exists "properties_check_times_check", add constraint "properties_check_times_check" check ("properties"."check_in_time" < '24:00' and "properties"."check_out_time" < '24:00') not valid;
--> statement-breakpoint
alter table "properties" validate constraint "properties_check_times_check";
--> statement-breakpoint
alter table "properties" drop constraint if exists "properties_title_check", add constraint "properties_title_check" check (length(btrim("properties"."title", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "properties" validate constraint "properties_title_check";
--> statement-breakpoint
alter table "property_rules" drop constraint if exists "property_rules_start_time_check", add constraint "property_rules_start_time_check" check ("property_rules"."start_time" < '24:00') not valid;
--> statement-breakpoint
alter table "property_rules" validate constraint "property_rules_start_time_check";
--> statement-breakpoint
alter table "property_rules" drop constraint if exists "property_rules_custom_description_check", add constraint "property_rules_custom_description_check" check ("property_rules"."rule_type" <> 'custom' or length(btrim("property_rules"."description", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "property_rules" validate constraint "property_rules_custom_description_check";
--> statement-breakpoint
alter table "poi_ar_experiences" drop constraint if exists "poi_ar_experiences_title_check", add constraint "poi_ar_experiences_title_check" check (length(btrim("poi_ar_experiences"."title", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "poi_ar_experiences" validate constraint "poi_ar_experiences_title_check";
--> statement-breakpoint
alter table "poi_audio_guides" drop constraint if exists "poi_audio_guides_title_check", add constraint "poi_audio_guides_title_check" check (length(btrim("poi_audio_guides"."title", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "poi_audio_guides" validate constraint "poi_audio_guides_title_check";
--> statement-breakpoint
alter table "poi_categories" drop constraint if exists "poi_categories_name_check", add constraint "poi_categories_name_check" check (length(btrim("poi_categories"."name", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 100) not valid;
--> statement-breakpoint
alter table "poi_categories" validate constraint "poi_categories_name_check";
--> statement-breakpoint
alter table "poi_opening_hours" drop constraint if exists "poi_opening_hours_opens_at_check", add constraint "poi_opening_hours_opens_at_check" check ("poi_opening_hours"."opens_at" < '24:00') not valid;
--> statement-breakpoint
alter table "poi_opening_hours" validate constraint "poi_opening_hours_opens_at_check";
--> statement-breakpoint
alter table "poi_translations" drop constraint if exists "poi_translations_name_check", add constraint "poi_translations_name_check" check (length(btrim("poi_translations"."name", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "poi_translations" validate constraint "poi_translations_name_check";
--> statement-breakpoint
alter table "pois" drop constraint if exists "pois_tags_check", add constraint "pois_tags_check" check (array_position("pois"."tags", null) is null) not valid;
--> statement-breakpoint
alter table "pois" validate constraint "pois_tags_check";
--> statement-breakpoint
alter table "pois" drop constraint if exists "pois_name_check", add constraint "pois_name_check" check (length(btrim("pois"."name", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "pois" validate constraint "pois_name_check";
--> statement-breakpoint
alter table "experience_categories" drop constraint if exists "experience_categories_name_check", add constraint "experience_categories_name_check" check (length(btrim("experience_categories"."name", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 100) not valid;
--> statement-breakpoint
alter table "experience_categories" validate constraint "experience_categories_name_check";
--> statement-breakpoint
alter table "experience_requirements" drop constraint if exists "experience_requirements_value_check", add constraint "experience_requirements_value_check" check (length(btrim("experience_requirements"."value", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "experience_requirements" validate constraint "experience_requirements_value_check";
--> statement-breakpoint
alter table "experience_translations" drop constraint if exists "experience_translations_title_check", add constraint "experience_translations_title_check" check (length(btrim("experience_translations"."title", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "experience_translations" validate constraint "experience_translations_title_check";
--> statement-breakpoint
alter table "experiences" drop constraint if exists "experiences_meeting_point_description_check", add constraint "experiences_meeting_point_description_check" check (length("experiences"."meeting_point_description") <= 1000) not valid;
--> statement-breakpoint
alter table "experiences" validate constraint "experiences_meeting_point_description_check";
--> statement-breakpoint
alter table "experiences" drop constraint if exists "experiences_title_check", add constraint "experiences_title_check" check (length(btrim("experiences"."title", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) between 1 and 200) not valid;
--> statement-breakpoint
alter table "experiences" validate constraint "experiences_title_check";
--> statement-breakpoint
alter table "experiences" drop constraint if exists "experiences_languages_check", add constraint "experiences_languages_check" check (cardinality("experiences"."languages") <= 30 and array_position("experiences"."languages", null) is null and (cardinality("experiences"."languages") = 0 or array_to_string("experiences"."languages", ',') ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(,[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?)*$')) not valid;
--> statement-breakpoint
alter table "experiences" validate constraint "experiences_languages_check";
--> statement-breakpoint
alter table "booking_messages" drop constraint if exists "booking_messages_body_check", add constraint "booking_messages_body_check" check (length(btrim("booking_messages"."body", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "booking_messages" validate constraint "booking_messages_body_check";
--> statement-breakpoint
alter table "booking_payments" drop constraint if exists "booking_payments_idempotency_key_check", add constraint "booking_payments_idempotency_key_check" check ("booking_payments"."idempotency_key" ~ '^[!-~]{8,255}$') not valid;
--> statement-breakpoint
alter table "booking_payments" validate constraint "booking_payments_idempotency_key_check";
--> statement-breakpoint
alter table "payment_transactions" drop constraint if exists "payment_transactions_idempotency_key_check", add constraint "payment_transactions_idempotency_key_check" check ("payment_transactions"."idempotency_key" ~ '^[!-~]{8,255}$') not valid;
--> statement-breakpoint
alter table "payment_transactions" validate constraint "payment_transactions_idempotency_key_check";
--> statement-breakpoint
alter table "review_translations" drop constraint if exists "review_translations_body_check", add constraint "review_translations_body_check" check (length(btrim("review_translations"."body", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "review_translations" validate constraint "review_translations_body_check";
--> statement-breakpoint
alter table "reviews" drop constraint if exists "reviews_host_response_body_check", add constraint "reviews_host_response_body_check" check (length(btrim("reviews"."host_response", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "reviews" validate constraint "reviews_host_response_body_check";
--> statement-breakpoint
alter table "reviews" drop constraint if exists "reviews_body_check", add constraint "reviews_body_check" check (length(btrim("reviews"."body", E' \t\n\u000B\f\r\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000')) > 0) not valid;
--> statement-breakpoint
alter table "reviews" validate constraint "reviews_body_check";
