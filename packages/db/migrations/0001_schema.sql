CREATE TYPE "public"."identity_provider" AS ENUM('google', 'facebook', 'apple', 'github', 'microsoft', 'twitter');--> statement-breakpoint
CREATE TYPE "public"."social_connection_status" AS ENUM('pending', 'accepted', 'declined', 'blocked');--> statement-breakpoint
CREATE TYPE "public"."travel_style" AS ENUM('budget', 'comfort', 'luxury', 'backpacker', 'family', 'business', 'adventure');--> statement-breakpoint
CREATE TYPE "public"."unit_system" AS ENUM('metric', 'imperial');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('traveler', 'host', 'guide', 'moderator', 'admin');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('pending_verification', 'active', 'suspended', 'deactivated');--> statement-breakpoint
CREATE TYPE "public"."content_entity_type" AS ENUM('property', 'poi', 'experience', 'review', 'social_post', 'user', 'media_file', 'content_template', 'poi_category', 'experience_category', 'wishlist');--> statement-breakpoint
CREATE TYPE "public"."media_status" AS ENUM('uploading', 'processing', 'ready', 'failed');--> statement-breakpoint
CREATE TYPE "public"."moderation_status" AS ENUM('pending', 'approved', 'rejected', 'escalated');--> statement-breakpoint
CREATE TYPE "public"."search_entity_type" AS ENUM('property', 'poi', 'experience');--> statement-breakpoint
CREATE TYPE "public"."template_channel" AS ENUM('email', 'sms', 'push', 'in_app', 'page');--> statement-breakpoint
CREATE TYPE "public"."pricing_adjustment_type" AS ENUM('percent', 'fixed');--> statement-breakpoint
CREATE TYPE "public"."amenity_category" AS ENUM('essentials', 'kitchen', 'bathroom', 'bedroom', 'entertainment', 'outdoor', 'parking', 'safety', 'accessibility', 'family', 'wellness', 'services', 'other');--> statement-breakpoint
CREATE TYPE "public"."property_availability_status" AS ENUM('available', 'blocked', 'maintenance');--> statement-breakpoint
CREATE TYPE "public"."cancellation_policy" AS ENUM('flexible', 'moderate', 'strict', 'non_refundable');--> statement-breakpoint
CREATE TYPE "public"."pricing_rule_type" AS ENUM('weekend', 'seasonal', 'length_of_stay', 'last_minute', 'early_bird', 'occupancy');--> statement-breakpoint
CREATE TYPE "public"."property_rule_type" AS ENUM('smoking', 'pets', 'parties', 'children', 'quiet_hours', 'custom');--> statement-breakpoint
CREATE TYPE "public"."property_status" AS ENUM('draft', 'pending_review', 'active', 'suspended', 'archived');--> statement-breakpoint
CREATE TYPE "public"."property_type" AS ENUM('hotel', 'apartment', 'house', 'villa', 'riad', 'guesthouse', 'hostel', 'camp', 'bed_and_breakfast', 'cabin', 'other');--> statement-breakpoint
CREATE TYPE "public"."poi_ar_experience_kind" AS ENUM('overlay', 'reconstruction', 'model_3d', 'game');--> statement-breakpoint
CREATE TYPE "public"."poi_status" AS ENUM('draft', 'pending_review', 'active', 'temporarily_closed', 'closed', 'archived');--> statement-breakpoint
CREATE TYPE "public"."experience_difficulty" AS ENUM('easy', 'moderate', 'challenging', 'extreme');--> statement-breakpoint
CREATE TYPE "public"."experience_requirement_kind" AS ENUM('min_age', 'max_age', 'fitness', 'equipment', 'document', 'skill');--> statement-breakpoint
CREATE TYPE "public"."experience_schedule_status" AS ENUM('open', 'full', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."experience_status" AS ENUM('draft', 'active', 'paused', 'archived');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('pending', 'confirmed', 'cancelled', 'completed', 'no_show', 'expired');--> statement-breakpoint
CREATE TYPE "public"."experience_booking_status" AS ENUM('pending', 'confirmed', 'cancelled', 'completed');--> statement-breakpoint
CREATE TYPE "public"."booking_modification_status" AS ENUM('requested', 'approved', 'rejected', 'applied');--> statement-breakpoint
CREATE TYPE "public"."booking_modification_type" AS ENUM('dates', 'guests', 'price', 'other');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('card', 'paypal', 'bank_transfer', 'wallet', 'cash');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'authorized', 'captured', 'partially_refunded', 'refunded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('not_applicable', 'pending', 'processed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."payment_transaction_kind" AS ENUM('charge', 'refund', 'payout', 'fee', 'adjustment', 'chargeback');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('pending', 'published', 'hidden', 'flagged');--> statement-breakpoint
CREATE TYPE "public"."notification_channel" AS ENUM('in_app', 'email', 'push', 'sms');--> statement-breakpoint
CREATE TYPE "public"."post_visibility" AS ENUM('public', 'followers', 'private');--> statement-breakpoint
CREATE TYPE "public"."travel_group_member_status" AS ENUM('invited', 'joined', 'left');--> statement-breakpoint
CREATE TYPE "public"."travel_group_role" AS ENUM('owner', 'admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."wishlist_visibility" AS ENUM('private', 'shared', 'public');--> statement-breakpoint
CREATE TYPE "public"."ai_conversation_status" AS ENUM('active', 'archived', 'closed');--> statement-breakpoint
CREATE TYPE "public"."ai_message_role" AS ENUM('system', 'user', 'assistant', 'tool');--> statement-breakpoint
CREATE TYPE "public"."health_status" AS ENUM('ok', 'degraded', 'down');--> statement-breakpoint
CREATE TYPE "public"."preference_source" AS ENUM('explicit', 'behavior', 'booking', 'review', 'model');--> statement-breakpoint
CREATE TYPE "public"."system_setting_type" AS ENUM('string', 'number', 'boolean', 'json');--> statement-breakpoint
CREATE TABLE "currencies" (
	"code" char(3) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"minor_unit" smallint NOT NULL,
	"symbol" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "currencies_code_check" CHECK ("currencies"."code" ~ '^[A-Z]{3}$'),
	CONSTRAINT "currencies_minor_unit_check" CHECK ("currencies"."minor_unit" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"base_currency" char(3) NOT NULL,
	"quote_currency" char(3) NOT NULL,
	"rate" numeric(20, 10) NOT NULL,
	"as_of" date NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_pkey" PRIMARY KEY("base_currency","quote_currency","as_of"),
	CONSTRAINT "exchange_rates_rate_check" CHECK ("exchange_rates"."rate" > 0),
	CONSTRAINT "exchange_rates_distinct_currencies_check" CHECK ("exchange_rates"."base_currency" <> "exchange_rates"."quote_currency")
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "outbox_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"topic" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" uuid NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_events_topic_check" CHECK ("outbox_events"."topic" ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)+$'),
	CONSTRAINT "outbox_events_payload_object_check" CHECK (jsonb_typeof("outbox_events"."payload") = 'object')
);
--> statement-breakpoint
CREATE TABLE "partition_policies" (
	"parent_table" text PRIMARY KEY NOT NULL,
	"retention" interval,
	"premake_months" smallint DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partition_policies_premake_months_check" CHECK ("partition_policies"."premake_months" between 0 and 24)
);
--> statement-breakpoint
CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"category" text,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"icon_media_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "achievements_code_check" CHECK ("achievements"."code" ~ '^[a-z0-9_]{2,64}$'),
	CONSTRAINT "achievements_name_check" CHECK (length(btrim("achievements"."name")) > 0),
	CONSTRAINT "achievements_criteria_object_check" CHECK (jsonb_typeof("achievements"."criteria") = 'object'),
	CONSTRAINT "achievements_points_check" CHECK ("achievements"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_achievements" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"achievement_id" uuid NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"awarded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_achievements_progress_check" CHECK ("user_achievements"."progress" between 0 and 100),
	CONSTRAINT "user_achievements_awarded_at_check" CHECK (("user_achievements"."awarded_at" is not null) = ("user_achievements"."progress" = 100))
);
--> statement-breakpoint
CREATE TABLE "travel_history" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"city" text,
	"place_name" text,
	"location" "geography",
	"visited_from" date NOT NULL,
	"visited_to" date NOT NULL,
	"booking_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "travel_history_visited_range_check" CHECK ("travel_history"."visited_to" >= "travel_history"."visited_from"),
	CONSTRAINT "travel_history_country_code_check" CHECK ("travel_history"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "travel_history_location_point_4326_check" CHECK ("travel_history"."location" is null or (st_srid("travel_history"."location"::geometry) = 4326 and geometrytype("travel_history"."location"::geometry) = 'POINT'))
);
--> statement-breakpoint
CREATE TABLE "travel_stats" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"countries_visited" integer DEFAULT 0 NOT NULL,
	"cities_visited" integer DEFAULT 0 NOT NULL,
	"trips" integer DEFAULT 0 NOT NULL,
	"nights" integer DEFAULT 0 NOT NULL,
	"distance_km" bigint DEFAULT 0 NOT NULL,
	"last_trip_at" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "travel_stats_counts_check" CHECK ("travel_stats"."countries_visited" >= 0 and "travel_stats"."cities_visited" >= 0 and "travel_stats"."trips" >= 0 and "travel_stats"."nights" >= 0 and "travel_stats"."distance_km" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_auth" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"password_hash" text,
	"password_changed_at" timestamp with time zone,
	"mfa_enabled" boolean DEFAULT false NOT NULL,
	"mfa_secret_encrypted" text,
	"mfa_recovery_code_hashes" text[] NOT NULL,
	"failed_login_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_reset_token_hash" text,
	"password_reset_expires_at" timestamp with time zone,
	"email_verification_token_hash" text,
	"email_verification_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "user_auth_password_hash_check" CHECK ("user_auth"."password_hash" ~ '^[$](argon2(id|i|d)|2[aby]|scrypt)[$]'),
	CONSTRAINT "user_auth_mfa_secret_encrypted_check" CHECK ("user_auth"."mfa_secret_encrypted" ~ '^v[0-9]+:[A-Za-z0-9+/_=-]+(:[A-Za-z0-9+/_=-]+)*$'),
	CONSTRAINT "user_auth_mfa_enabled_check" CHECK (not "user_auth"."mfa_enabled" or "user_auth"."mfa_secret_encrypted" is not null),
	CONSTRAINT "user_auth_mfa_recovery_code_hashes_check" CHECK (array_position("user_auth"."mfa_recovery_code_hashes", null) is null and (cardinality("user_auth"."mfa_recovery_code_hashes") = 0 or array_to_string("user_auth"."mfa_recovery_code_hashes", ',') ~ '^[0-9a-f]{64}(,[0-9a-f]{64})*$')),
	CONSTRAINT "user_auth_failed_login_attempts_check" CHECK ("user_auth"."failed_login_attempts" >= 0),
	CONSTRAINT "user_auth_password_reset_token_hash_check" CHECK ("user_auth"."password_reset_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "user_auth_password_reset_expiry_check" CHECK (("user_auth"."password_reset_token_hash" is null) = ("user_auth"."password_reset_expires_at" is null)),
	CONSTRAINT "user_auth_email_verification_token_hash_check" CHECK ("user_auth"."email_verification_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "user_auth_email_verification_expiry_check" CHECK (("user_auth"."email_verification_token_hash" is null) = ("user_auth"."email_verification_expires_at" is null))
);
--> statement-breakpoint
CREATE TABLE "user_identities" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"provider" "identity_provider" NOT NULL,
	"provider_user_id" text NOT NULL,
	"provider_email" "citext",
	"last_used_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "user_identities_provider_user_id_check" CHECK (length(btrim("user_identities"."provider_user_id")) > 0),
	CONSTRAINT "user_identities_metadata_object_check" CHECK (jsonb_typeof("user_identities"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "user_onboarding" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"current_step" text DEFAULT 'welcome' NOT NULL,
	"completed_steps" text[] NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_onboarding_current_step_check" CHECK ("user_onboarding"."current_step" = any(array['welcome', 'profile', 'interests', 'preferences', 'verify_email', 'first_trip', 'done']::text[])),
	CONSTRAINT "user_onboarding_completed_steps_check" CHECK ("user_onboarding"."completed_steps" <@ array['welcome', 'profile', 'interests', 'preferences', 'verify_email', 'first_trip', 'done']::text[] and array_position("user_onboarding"."completed_steps", null) is null),
	CONSTRAINT "user_onboarding_completed_at_check" CHECK (("user_onboarding"."completed_at" is not null) = ("user_onboarding"."current_step" = 'done'))
);
--> statement-breakpoint
CREATE TABLE "user_preferences" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"units" "unit_system" DEFAULT 'metric' NOT NULL,
	"notification_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"privacy_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"accessibility_needs" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "user_preferences_language_check" CHECK ("user_preferences"."language" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "user_preferences_notification_settings_object_check" CHECK (jsonb_typeof("user_preferences"."notification_settings") = 'object'),
	CONSTRAINT "user_preferences_privacy_settings_object_check" CHECK (jsonb_typeof("user_preferences"."privacy_settings") = 'object'),
	CONSTRAINT "user_preferences_accessibility_needs_check" CHECK (array_position("user_preferences"."accessibility_needs", null) is null and (cardinality("user_preferences"."accessibility_needs") = 0 or array_to_string("user_preferences"."accessibility_needs", ',') ~ '^[a-z][a-z0-9_]{0,49}(,[a-z][a-z0-9_]{0,49})*$'))
);
--> statement-breakpoint
CREATE TABLE "user_profiles" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"display_name" text,
	"bio" text,
	"avatar_media_id" uuid,
	"date_of_birth" date,
	"nationality" char(2),
	"home_location" "geography",
	"home_city" text,
	"home_country_code" char(2),
	"languages" text[] NOT NULL,
	"interests" text[] NOT NULL,
	"travel_style" "travel_style",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "user_profiles_bio_length_check" CHECK (char_length("user_profiles"."bio") <= 2000),
	CONSTRAINT "user_profiles_date_of_birth_range_check" CHECK ("user_profiles"."date_of_birth" >= date '1900-01-01'),
	CONSTRAINT "user_profiles_nationality_check" CHECK ("user_profiles"."nationality" ~ '^[A-Z]{2}$'),
	CONSTRAINT "user_profiles_home_country_code_check" CHECK ("user_profiles"."home_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "user_profiles_home_location_point_4326_check" CHECK ("user_profiles"."home_location" is null or (st_srid("user_profiles"."home_location"::geometry) = 4326 and geometrytype("user_profiles"."home_location"::geometry) = 'POINT')),
	CONSTRAINT "user_profiles_languages_check" CHECK (array_position("user_profiles"."languages", null) is null and (cardinality("user_profiles"."languages") = 0 or array_to_string("user_profiles"."languages", ',') ~ '^[a-z]{2,3}(,[a-z]{2,3})*$')),
	CONSTRAINT "user_profiles_interests_check" CHECK (array_position("user_profiles"."interests", null) is null and (cardinality("user_profiles"."interests") = 0 or array_to_string("user_profiles"."interests", ',') ~ '^[a-z][a-z0-9_]{0,49}(,[a-z][a-z0-9_]{0,49})*$')),
	CONSTRAINT "user_profiles_metadata_object_check" CHECK (jsonb_typeof("user_profiles"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"refresh_token_hash" text NOT NULL,
	"ip" "inet",
	"user_agent" text,
	"device_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	CONSTRAINT "user_sessions_refresh_token_hash_check" CHECK ("user_sessions"."refresh_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "user_sessions_expires_at_check" CHECK ("user_sessions"."expires_at" > "user_sessions"."created_at"),
	CONSTRAINT "user_sessions_revoked_reason_check" CHECK ("user_sessions"."revoked_reason" is null or "user_sessions"."revoked_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "user_social_connections" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"requester_id" uuid NOT NULL,
	"addressee_id" uuid NOT NULL,
	"status" "social_connection_status" DEFAULT 'pending' NOT NULL,
	"blocked_by" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "user_social_connections_not_self_check" CHECK ("user_social_connections"."requester_id" <> "user_social_connections"."addressee_id"),
	CONSTRAINT "user_social_connections_blocked_by_check" CHECK (("user_social_connections"."status" = 'blocked') = ("user_social_connections"."blocked_by" is not null) and ("user_social_connections"."blocked_by" is null or "user_social_connections"."blocked_by" in ("user_social_connections"."requester_id", "user_social_connections"."addressee_id")))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"email" "citext" NOT NULL,
	"username" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"phone" text,
	"status" "user_status" DEFAULT 'pending_verification' NOT NULL,
	"role" "user_role" DEFAULT 'traveler' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"locale" text DEFAULT 'en' NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "users_email_format_check" CHECK ("users"."email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
	CONSTRAINT "users_username_format_check" CHECK ("users"."username" ~ '^[a-z0-9_.]{3,30}$'),
	CONSTRAINT "users_phone_e164_check" CHECK ("users"."phone" ~ '^[+][1-9][0-9]{6,14}$'),
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "users_metadata_object_check" CHECK (jsonb_typeof("users"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "content_analytics" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"entity_type" "content_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"shares" integer DEFAULT 0 NOT NULL,
	"bookings" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_analytics_counts_check" CHECK ("content_analytics"."views" >= 0 and "content_analytics"."clicks" >= 0 and "content_analytics"."shares" >= 0 and "content_analytics"."bookings" >= 0)
);
--> statement-breakpoint
CREATE TABLE "content_moderation" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"entity_type" "content_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"status" "moderation_status" DEFAULT 'pending' NOT NULL,
	"auto_flags" text[] NOT NULL,
	"auto_score" real,
	"reason" text,
	"moderator_id" uuid,
	"moderator_notes" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "content_moderation_auto_score_check" CHECK ("content_moderation"."auto_score" between 0 and 1),
	CONSTRAINT "content_moderation_decided_at_check" CHECK (("content_moderation"."status" in ('approved', 'rejected')) = ("content_moderation"."decided_at" is not null)),
	CONSTRAINT "content_moderation_auto_flags_check" CHECK (array_position("content_moderation"."auto_flags", null) is null and array_to_string("content_moderation"."auto_flags", ' ') ~ '^([a-z][a-z0-9_]{0,49}( |$))*$')
);
--> statement-breakpoint
CREATE TABLE "content_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"source_type" "content_entity_type" NOT NULL,
	"source_id" uuid NOT NULL,
	"target_type" "content_entity_type" NOT NULL,
	"target_id" uuid NOT NULL,
	"score" real NOT NULL,
	"algorithm" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_recommendations_not_self_check" CHECK (not ("content_recommendations"."source_type" = "content_recommendations"."target_type" and "content_recommendations"."source_id" = "content_recommendations"."target_id")),
	CONSTRAINT "content_recommendations_score_check" CHECK ("content_recommendations"."score" between 0 and 1),
	CONSTRAINT "content_recommendations_algorithm_check" CHECK ("content_recommendations"."algorithm" ~ '^[a-z][a-z0-9_.-]{0,63}$')
);
--> statement-breakpoint
CREATE TABLE "content_templates" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"key" text NOT NULL,
	"locale" text NOT NULL,
	"channel" "template_channel" NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"variables" text[] NOT NULL,
	"description" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "content_templates_key_check" CHECK ("content_templates"."key" ~ '^[a-z0-9][a-z0-9_.-]{1,99}$'),
	CONSTRAINT "content_templates_locale_check" CHECK ("content_templates"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "content_templates_variables_check" CHECK (array_position("content_templates"."variables", null) is null and array_to_string("content_templates"."variables", ' ') ~ '^([a-z][a-zA-Z0-9_]{0,63}( |$))*$'),
	CONSTRAINT "content_templates_variables_declared_check" CHECK (regexp_replace(coalesce("content_templates"."subject", '') || ' ' || "content_templates"."body", '\{\{\s*(' || array_to_string("content_templates"."variables", '|') || ')\s*\}\}', '', 'g') !~ '\{\{'),
	CONSTRAINT "content_templates_subject_check" CHECK ("content_templates"."channel" not in ('email', 'push') or coalesce(btrim("content_templates"."subject"), '') <> ''),
	CONSTRAINT "content_templates_body_check" CHECK (btrim("content_templates"."body") <> '')
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"entity_type" "content_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"author_id" uuid,
	"change_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_versions_version_check" CHECK ("content_versions"."version" > 0),
	CONSTRAINT "content_versions_snapshot_object_check" CHECK (jsonb_typeof("content_versions"."snapshot") = 'object')
);
--> statement-breakpoint
CREATE TABLE "media_files" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"owner_id" uuid,
	"storage_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"width" integer,
	"height" integer,
	"duration_seconds" integer,
	"checksum_sha256" text,
	"status" "media_status" DEFAULT 'uploading' NOT NULL,
	"variants" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"alt_text" text,
	"uploaded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "media_files_size_bytes_check" CHECK ("media_files"."size_bytes" > 0),
	CONSTRAINT "media_files_mime_type_check" CHECK ("media_files"."mime_type" ~ '^[a-z]+/[a-z0-9][a-z0-9.+-]*$'),
	CONSTRAINT "media_files_dimensions_check" CHECK (("media_files"."width" is null or "media_files"."width" > 0) and ("media_files"."height" is null or "media_files"."height" > 0)),
	CONSTRAINT "media_files_duration_check" CHECK ("media_files"."duration_seconds" is null or "media_files"."duration_seconds" > 0),
	CONSTRAINT "media_files_checksum_sha256_check" CHECK ("media_files"."checksum_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "media_files_variants_object_check" CHECK (jsonb_typeof("media_files"."variants") = 'object')
);
--> statement-breakpoint
CREATE TABLE "search_index" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"entity_type" "search_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"keywords" text,
	"search_config" "regconfig" NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(title, '')), 'A') || setweight(to_tsvector(search_config, coalesce(keywords, '')), 'B') || setweight(to_tsvector(search_config, coalesce(body, '')), 'C')) STORED,
	"location" "geography",
	"city" text,
	"country_code" char(2),
	"boost" real DEFAULT 1 NOT NULL,
	"is_visible" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_index_locale_check" CHECK ("search_index"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "search_index_country_code_check" CHECK ("search_index"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "search_index_boost_check" CHECK ("search_index"."boost" > 0),
	CONSTRAINT "search_index_location_point_4326_check" CHECK ("search_index"."location" is null or (st_srid("search_index"."location"::geometry) = 4326 and geometrytype("search_index"."location"::geometry) = 'POINT'))
);
--> statement-breakpoint
CREATE TABLE "translations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"entity_type" "content_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"locale" text NOT NULL,
	"value" text NOT NULL,
	"search_config" "regconfig" NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector(search_config, coalesce(value, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "translations_field_check" CHECK ("translations"."field" ~ '^[a-z][a-z0-9_]{0,62}$'),
	CONSTRAINT "translations_locale_check" CHECK ("translations"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$')
);
--> statement-breakpoint
CREATE TABLE "amenities" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" "amenity_category" DEFAULT 'other' NOT NULL,
	"icon" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "amenities_code_check" CHECK ("amenities"."code" ~ '^[a-z0-9_]{2,64}$'),
	CONSTRAINT "amenities_name_check" CHECK (length(btrim("amenities"."name")) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "property_amenities" (
	"property_id" uuid NOT NULL,
	"amenity_id" uuid NOT NULL,
	"details" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "property_amenities_pkey" PRIMARY KEY("property_id","amenity_id"),
	CONSTRAINT "property_amenities_details_check" CHECK (length("property_amenities"."details") <= 500)
);
--> statement-breakpoint
CREATE TABLE "properties" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"host_id" uuid NOT NULL,
	"type" "property_type" NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"summary" text,
	"description" text,
	"location" geometry(Point,4326) NOT NULL,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"city_key" text GENERATED ALWAYS AS (lower(city)) STORED,
	"max_guests" integer NOT NULL,
	"bedrooms" smallint DEFAULT 0 NOT NULL,
	"beds" smallint DEFAULT 0 NOT NULL,
	"bathrooms" numeric(3, 1) DEFAULT '0' NOT NULL,
	"base_price_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" "property_status" DEFAULT 'draft' NOT NULL,
	"instant_book" boolean DEFAULT false NOT NULL,
	"check_in_time" time DEFAULT '15:00:00' NOT NULL,
	"check_out_time" time DEFAULT '11:00:00' NOT NULL,
	"min_nights" integer DEFAULT 1 NOT NULL,
	"max_nights" integer,
	"cancellation_policy" "cancellation_policy" DEFAULT 'moderate' NOT NULL,
	"meta_title" text,
	"meta_description" text,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"default_locale" text DEFAULT 'en' NOT NULL,
	"rating_avg" numeric(3, 2) DEFAULT '0' NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'C')) STORED,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "properties_max_guests_check" CHECK ("properties"."max_guests" > 0),
	CONSTRAINT "properties_bedrooms_check" CHECK ("properties"."bedrooms" >= 0),
	CONSTRAINT "properties_beds_check" CHECK ("properties"."beds" >= 0),
	CONSTRAINT "properties_bathrooms_check" CHECK ("properties"."bathrooms" >= 0),
	CONSTRAINT "properties_base_price_minor_check" CHECK ("properties"."base_price_minor" >= 0),
	CONSTRAINT "properties_min_nights_check" CHECK ("properties"."min_nights" >= 1),
	CONSTRAINT "properties_max_nights_check" CHECK ("properties"."max_nights" is null or "properties"."max_nights" >= "properties"."min_nights"),
	CONSTRAINT "properties_title_check" CHECK (length(btrim("properties"."title")) between 1 and 200),
	CONSTRAINT "properties_slug_format_check" CHECK ("properties"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("properties"."slug") <= 200),
	CONSTRAINT "properties_meta_title_check" CHECK (length("properties"."meta_title") <= 70),
	CONSTRAINT "properties_meta_description_check" CHECK (length("properties"."meta_description") <= 320),
	CONSTRAINT "properties_default_locale_check" CHECK ("properties"."default_locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "properties_location_range_check" CHECK (st_x("properties"."location") between -180 and 180 and st_y("properties"."location") between -90 and 90),
	CONSTRAINT "properties_country_code_check" CHECK ("properties"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "properties_rating_avg_check" CHECK ("properties"."rating_avg" between 0 and 5),
	CONSTRAINT "properties_rating_count_check" CHECK ("properties"."rating_count" >= 0),
	CONSTRAINT "properties_metadata_object_check" CHECK (jsonb_typeof("properties"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "property_availability" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid NOT NULL,
	"during" daterange NOT NULL,
	"status" "property_availability_status" DEFAULT 'blocked' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "property_availability_during_check" CHECK (not isempty("property_availability"."during") and not lower_inf("property_availability"."during"))
);
--> statement-breakpoint
CREATE TABLE "property_calendar" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid NOT NULL,
	"during" daterange NOT NULL,
	"event_name" text,
	"price_override_minor" bigint,
	"price_multiplier" numeric(6, 3),
	"min_stay_override" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "property_calendar_during_check" CHECK (not isempty("property_calendar"."during") and not lower_inf("property_calendar"."during") and not upper_inf("property_calendar"."during")),
	CONSTRAINT "property_calendar_one_price_check" CHECK (num_nonnulls("property_calendar"."price_override_minor", "property_calendar"."price_multiplier") = 1),
	CONSTRAINT "property_calendar_price_override_minor_check" CHECK ("property_calendar"."price_override_minor" >= 0),
	CONSTRAINT "property_calendar_price_multiplier_check" CHECK ("property_calendar"."price_multiplier" > 0),
	CONSTRAINT "property_calendar_min_stay_override_check" CHECK ("property_calendar"."min_stay_override" >= 1)
);
--> statement-breakpoint
CREATE TABLE "property_images" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"caption" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_cover" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "property_images_sort_order_check" CHECK ("property_images"."sort_order" >= 0),
	CONSTRAINT "property_images_caption_check" CHECK (length("property_images"."caption") <= 500)
);
--> statement-breakpoint
CREATE TABLE "property_pricing" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid NOT NULL,
	"name" text,
	"rule_type" "pricing_rule_type" NOT NULL,
	"valid_during" daterange,
	"days_of_week" smallint[],
	"min_nights" integer,
	"days_before_checkin" integer,
	"min_guests" integer,
	"adjustment_type" "pricing_adjustment_type" NOT NULL,
	"adjustment_value" numeric(12, 4) NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "property_pricing_days_of_week_check" CHECK ("property_pricing"."days_of_week" is null or ("property_pricing"."days_of_week" <@ array[0,1,2,3,4,5,6]::smallint[] and array_position("property_pricing"."days_of_week", null) is null)),
	CONSTRAINT "property_pricing_valid_during_check" CHECK ("property_pricing"."valid_during" is null or not isempty("property_pricing"."valid_during")),
	CONSTRAINT "property_pricing_min_nights_check" CHECK ("property_pricing"."min_nights" >= 1),
	CONSTRAINT "property_pricing_days_before_checkin_check" CHECK ("property_pricing"."days_before_checkin" >= 0),
	CONSTRAINT "property_pricing_min_guests_check" CHECK ("property_pricing"."min_guests" >= 1),
	CONSTRAINT "property_pricing_adjustment_value_check" CHECK (case "property_pricing"."adjustment_type" when 'percent' then "property_pricing"."adjustment_value" between -100 and 1000
          else "property_pricing"."adjustment_value" = trunc("property_pricing"."adjustment_value") end),
	CONSTRAINT "property_pricing_weekend_check" CHECK ("property_pricing"."rule_type" <> 'weekend' or coalesce(cardinality("property_pricing"."days_of_week"), 0) > 0),
	CONSTRAINT "property_pricing_seasonal_check" CHECK ("property_pricing"."rule_type" <> 'seasonal' or "property_pricing"."valid_during" is not null),
	CONSTRAINT "property_pricing_length_of_stay_check" CHECK ("property_pricing"."rule_type" <> 'length_of_stay' or "property_pricing"."min_nights" is not null),
	CONSTRAINT "property_pricing_days_before_check" CHECK ("property_pricing"."rule_type" not in ('last_minute', 'early_bird') or "property_pricing"."days_before_checkin" is not null),
	CONSTRAINT "property_pricing_occupancy_check" CHECK ("property_pricing"."rule_type" <> 'occupancy' or "property_pricing"."min_guests" is not null)
);
--> statement-breakpoint
CREATE TABLE "property_rules" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid NOT NULL,
	"rule_type" "property_rule_type" NOT NULL,
	"allowed" boolean DEFAULT false NOT NULL,
	"description" text,
	"start_time" time,
	"end_time" time,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "property_rules_quiet_hours_check" CHECK (case when "property_rules"."rule_type" = 'quiet_hours'
          then "property_rules"."start_time" is not null and "property_rules"."end_time" is not null and "property_rules"."start_time" <> "property_rules"."end_time"
          else "property_rules"."start_time" is null and "property_rules"."end_time" is null end),
	CONSTRAINT "property_rules_custom_description_check" CHECK ("property_rules"."rule_type" <> 'custom' or length(btrim("property_rules"."description")) > 0),
	CONSTRAINT "property_rules_description_check" CHECK (length("property_rules"."description") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "property_slug_history" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poi_ar_experiences" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"poi_id" uuid NOT NULL,
	"kind" "poi_ar_experience_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"asset_media_id" uuid NOT NULL,
	"anchor_location" geometry(Point,4326),
	"platforms" text[] NOT NULL,
	"min_app_version" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "poi_ar_experiences_title_check" CHECK (length(btrim("poi_ar_experiences"."title")) between 1 and 200),
	CONSTRAINT "poi_ar_experiences_platforms_check" CHECK (cardinality("poi_ar_experiences"."platforms") >= 1 and "poi_ar_experiences"."platforms" <@ array['ios', 'android', 'web']::text[]),
	CONSTRAINT "poi_ar_experiences_min_app_version_check" CHECK ("poi_ar_experiences"."min_app_version" ~ '^(0|[1-9][0-9]*)[.](0|[1-9][0-9]*)[.](0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$'),
	CONSTRAINT "poi_ar_experiences_anchor_location_range_check" CHECK (st_x("poi_ar_experiences"."anchor_location") between -180 and 180 and st_y("poi_ar_experiences"."anchor_location") between -90 and 90),
	CONSTRAINT "poi_ar_experiences_metadata_object_check" CHECK (jsonb_typeof("poi_ar_experiences"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "poi_audio_guides" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"poi_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"media_id" uuid NOT NULL,
	"duration_seconds" integer NOT NULL,
	"narrator" text,
	"transcript" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "poi_audio_guides_duration_seconds_check" CHECK ("poi_audio_guides"."duration_seconds" > 0),
	CONSTRAINT "poi_audio_guides_title_check" CHECK (length(btrim("poi_audio_guides"."title")) between 1 and 200),
	CONSTRAINT "poi_audio_guides_locale_check" CHECK ("poi_audio_guides"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$')
);
--> statement-breakpoint
CREATE TABLE "poi_categories" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"icon" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"path" "ltree" DEFAULT '' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "poi_categories_not_own_parent_check" CHECK ("poi_categories"."parent_id" is null or "poi_categories"."parent_id" <> "poi_categories"."id"),
	CONSTRAINT "poi_categories_slug_format_check" CHECK ("poi_categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("poi_categories"."slug") <= 100),
	CONSTRAINT "poi_categories_name_check" CHECK (length(btrim("poi_categories"."name")) between 1 and 100),
	CONSTRAINT "poi_categories_metadata_object_check" CHECK (jsonb_typeof("poi_categories"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "poi_images" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"poi_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"caption" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_cover" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poi_images_sort_order_check" CHECK ("poi_images"."sort_order" >= 0),
	CONSTRAINT "poi_images_caption_check" CHECK (length("poi_images"."caption") <= 500)
);
--> statement-breakpoint
CREATE TABLE "poi_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"poi_id" uuid NOT NULL,
	"day_of_week" smallint,
	"special_date" date,
	"opens_at" time,
	"closes_at" time,
	"overnight" boolean GENERATED ALWAYS AS (closes_at < opens_at) STORED,
	"valid_from" date,
	"valid_to" date,
	"is_closed" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "poi_opening_hours_day_of_week_check" CHECK ("poi_opening_hours"."day_of_week" between 0 and 6),
	CONSTRAINT "poi_opening_hours_day_or_date_check" CHECK (("poi_opening_hours"."day_of_week" is null) <> ("poi_opening_hours"."special_date" is null)),
	CONSTRAINT "poi_opening_hours_times_check" CHECK (case when "poi_opening_hours"."is_closed" then "poi_opening_hours"."opens_at" is null and "poi_opening_hours"."closes_at" is null
          else "poi_opening_hours"."opens_at" is not null and "poi_opening_hours"."closes_at" is not null and "poi_opening_hours"."opens_at" <> "poi_opening_hours"."closes_at" end),
	CONSTRAINT "poi_opening_hours_validity_check" CHECK ("poi_opening_hours"."valid_to" >= "poi_opening_hours"."valid_from"),
	CONSTRAINT "poi_opening_hours_special_validity_check" CHECK ("poi_opening_hours"."special_date" is null or ("poi_opening_hours"."valid_from" is null and "poi_opening_hours"."valid_to" is null))
);
--> statement-breakpoint
CREATE TABLE "poi_slug_history" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"poi_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poi_translations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"poi_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	"summary" text,
	"description" text,
	"meta_title" text,
	"meta_description" text,
	"search_config" "regconfig" NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(name, '')), 'A') || setweight(to_tsvector(search_config, coalesce(summary, '')), 'B') || setweight(to_tsvector(search_config, coalesce(description, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "poi_translations_locale_check" CHECK ("poi_translations"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "poi_translations_name_check" CHECK (length(btrim("poi_translations"."name")) between 1 and 200),
	CONSTRAINT "poi_translations_meta_title_check" CHECK (length("poi_translations"."meta_title") <= 70),
	CONSTRAINT "poi_translations_meta_description_check" CHECK (length("poi_translations"."meta_description") <= 320)
);
--> statement-breakpoint
CREATE TABLE "pois" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"summary" text,
	"description" text,
	"category_id" uuid NOT NULL,
	"location" geometry(Point,4326) NOT NULL,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"website" text,
	"phone" text,
	"price_level" smallint,
	"entry_fee_minor" bigint,
	"currency" char(3),
	"popularity_score" double precision DEFAULT 0 NOT NULL,
	"status" "poi_status" DEFAULT 'draft' NOT NULL,
	"tags" text[] NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"default_locale" text DEFAULT 'en' NOT NULL,
	"meta_title" text,
	"meta_description" text,
	"rating_avg" numeric(3, 2) DEFAULT '0' NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'C') || setweight(to_tsvector('simple'::regconfig, coalesce(tq_text_array_to_string(tags, ' '), '')), 'D')) STORED,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "pois_name_check" CHECK (length(btrim("pois"."name")) between 1 and 200),
	CONSTRAINT "pois_slug_format_check" CHECK ("pois"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("pois"."slug") <= 200),
	CONSTRAINT "pois_price_level_check" CHECK ("pois"."price_level" between 0 and 4),
	CONSTRAINT "pois_entry_fee_minor_check" CHECK ("pois"."entry_fee_minor" >= 0),
	CONSTRAINT "pois_entry_fee_currency_check" CHECK ("pois"."entry_fee_minor" is null or "pois"."currency" is not null),
	CONSTRAINT "pois_popularity_score_check" CHECK ("pois"."popularity_score" >= 0),
	CONSTRAINT "pois_website_check" CHECK ("pois"."website" ~ '^https?://[^[:space:]]+$' and length("pois"."website") <= 500),
	CONSTRAINT "pois_phone_check" CHECK ("pois"."phone" ~ '^[+][1-9][0-9]{6,14}$'),
	CONSTRAINT "pois_meta_title_check" CHECK (length("pois"."meta_title") <= 70),
	CONSTRAINT "pois_meta_description_check" CHECK (length("pois"."meta_description") <= 320),
	CONSTRAINT "pois_default_locale_check" CHECK ("pois"."default_locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "pois_location_range_check" CHECK (st_x("pois"."location") between -180 and 180 and st_y("pois"."location") between -90 and 90),
	CONSTRAINT "pois_country_code_check" CHECK ("pois"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "pois_rating_avg_check" CHECK ("pois"."rating_avg" between 0 and 5),
	CONSTRAINT "pois_rating_count_check" CHECK ("pois"."rating_count" >= 0),
	CONSTRAINT "pois_metadata_object_check" CHECK (jsonb_typeof("pois"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "experience_categories" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"icon" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"path" "ltree" DEFAULT '' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "experience_categories_not_own_parent_check" CHECK ("experience_categories"."parent_id" is null or "experience_categories"."parent_id" <> "experience_categories"."id"),
	CONSTRAINT "experience_categories_slug_format_check" CHECK ("experience_categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("experience_categories"."slug") <= 100),
	CONSTRAINT "experience_categories_name_check" CHECK (length(btrim("experience_categories"."name")) between 1 and 100),
	CONSTRAINT "experience_categories_metadata_object_check" CHECK (jsonb_typeof("experience_categories"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "experience_images" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"experience_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"caption" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_cover" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_images_sort_order_check" CHECK ("experience_images"."sort_order" >= 0),
	CONSTRAINT "experience_images_caption_check" CHECK (length("experience_images"."caption") <= 500)
);
--> statement-breakpoint
CREATE TABLE "experience_requirements" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"experience_id" uuid NOT NULL,
	"kind" "experience_requirement_kind" NOT NULL,
	"value" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "experience_requirements_age_value_check" CHECK (case when "experience_requirements"."kind" not in ('min_age', 'max_age') then true
          when "experience_requirements"."value" !~ '^[0-9]{1,3}$' then false else "experience_requirements"."value"::integer <= 120 end),
	CONSTRAINT "experience_requirements_value_check" CHECK (length(btrim("experience_requirements"."value")) between 1 and 200),
	CONSTRAINT "experience_requirements_description_check" CHECK (length("experience_requirements"."description") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "experience_schedules" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"experience_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"seats_booked" integer DEFAULT 0 NOT NULL,
	"price_override_minor" bigint,
	"status" "experience_schedule_status" DEFAULT 'open' NOT NULL,
	"notes" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "experience_schedules_ends_after_starts_check" CHECK ("experience_schedules"."ends_at" > "experience_schedules"."starts_at"),
	CONSTRAINT "experience_schedules_capacity_check" CHECK ("experience_schedules"."capacity" > 0),
	CONSTRAINT "experience_schedules_seats_booked_check" CHECK ("experience_schedules"."seats_booked" between 0 and "experience_schedules"."capacity"),
	CONSTRAINT "experience_schedules_price_override_check" CHECK ("experience_schedules"."price_override_minor" >= 0),
	CONSTRAINT "experience_schedules_metadata_object_check" CHECK (jsonb_typeof("experience_schedules"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "experience_slug_history" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"experience_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experience_translations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"experience_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"description" text,
	"meta_title" text,
	"meta_description" text,
	"search_config" "regconfig" NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(title, '')), 'A') || setweight(to_tsvector(search_config, coalesce(summary, '')), 'B') || setweight(to_tsvector(search_config, coalesce(description, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "experience_translations_locale_check" CHECK ("experience_translations"."locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "experience_translations_title_check" CHECK (length(btrim("experience_translations"."title")) between 1 and 200),
	CONSTRAINT "experience_translations_meta_title_check" CHECK (length("experience_translations"."meta_title") <= 70),
	CONSTRAINT "experience_translations_meta_description_check" CHECK (length("experience_translations"."meta_description") <= 320)
);
--> statement-breakpoint
CREATE TABLE "experiences" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"host_id" uuid NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"summary" text,
	"description" text,
	"category_id" uuid NOT NULL,
	"location" geometry(Point,4326) NOT NULL,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"meeting_point" geometry(Point,4326),
	"meeting_point_description" text,
	"duration_minutes" integer NOT NULL,
	"min_participants" integer DEFAULT 1 NOT NULL,
	"max_participants" integer NOT NULL,
	"price_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"languages" text[] NOT NULL,
	"difficulty" "experience_difficulty" DEFAULT 'easy' NOT NULL,
	"status" "experience_status" DEFAULT 'draft' NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"default_locale" text DEFAULT 'en' NOT NULL,
	"meta_title" text,
	"meta_description" text,
	"rating_avg" numeric(3, 2) DEFAULT '0' NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'C')) STORED,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "experiences_title_check" CHECK (length(btrim("experiences"."title")) between 1 and 200),
	CONSTRAINT "experiences_slug_format_check" CHECK ("experiences"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("experiences"."slug") <= 200),
	CONSTRAINT "experiences_duration_minutes_check" CHECK ("experiences"."duration_minutes" > 0),
	CONSTRAINT "experiences_min_participants_check" CHECK ("experiences"."min_participants" >= 1),
	CONSTRAINT "experiences_max_participants_check" CHECK ("experiences"."max_participants" >= "experiences"."min_participants"),
	CONSTRAINT "experiences_price_minor_check" CHECK ("experiences"."price_minor" >= 0),
	CONSTRAINT "experiences_languages_check" CHECK (cardinality("experiences"."languages") <= 30),
	CONSTRAINT "experiences_meta_title_check" CHECK (length("experiences"."meta_title") <= 70),
	CONSTRAINT "experiences_meta_description_check" CHECK (length("experiences"."meta_description") <= 320),
	CONSTRAINT "experiences_default_locale_check" CHECK ("experiences"."default_locale" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "experiences_location_range_check" CHECK (st_x("experiences"."location") between -180 and 180 and st_y("experiences"."location") between -90 and 90),
	CONSTRAINT "experiences_meeting_point_range_check" CHECK (st_x("experiences"."meeting_point") between -180 and 180 and st_y("experiences"."meeting_point") between -90 and 90),
	CONSTRAINT "experiences_country_code_check" CHECK ("experiences"."country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "experiences_rating_avg_check" CHECK ("experiences"."rating_avg" between 0 and 5),
	CONSTRAINT "experiences_rating_count_check" CHECK ("experiences"."rating_count" >= 0),
	CONSTRAINT "experiences_metadata_object_check" CHECK (jsonb_typeof("experiences"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"reference" text NOT NULL,
	"guest_id" uuid NOT NULL,
	"property_id" uuid NOT NULL,
	"check_in" date NOT NULL,
	"check_out" date NOT NULL,
	"adults" smallint DEFAULT 1 NOT NULL,
	"children" smallint DEFAULT 0 NOT NULL,
	"infants" smallint DEFAULT 0 NOT NULL,
	"status" "booking_status" DEFAULT 'pending' NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"subtotal_minor" bigint NOT NULL,
	"fees_minor" bigint DEFAULT 0 NOT NULL,
	"taxes_minor" bigint DEFAULT 0 NOT NULL,
	"discount_minor" bigint DEFAULT 0 NOT NULL,
	"total_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"special_requests" text,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "bookings_dates_check" CHECK ("bookings"."check_out" > "bookings"."check_in"),
	CONSTRAINT "bookings_guests_count_check" CHECK ("bookings"."adults" >= 1 and "bookings"."children" >= 0 and "bookings"."infants" >= 0),
	CONSTRAINT "bookings_reference_check" CHECK ("bookings"."reference" ~ '^TQ-[0-9A-Z]{8}$'),
	CONSTRAINT "bookings_hold_check" CHECK (("bookings"."status" = 'pending') = ("bookings"."hold_expires_at" is not null)),
	CONSTRAINT "bookings_amounts_check" CHECK ("bookings"."subtotal_minor" >= 0 and "bookings"."fees_minor" >= 0 and "bookings"."taxes_minor" >= 0 and "bookings"."discount_minor" >= 0),
	CONSTRAINT "bookings_total_check" CHECK ("bookings"."total_minor" = "bookings"."subtotal_minor" + "bookings"."fees_minor" + "bookings"."taxes_minor" - "bookings"."discount_minor"),
	CONSTRAINT "bookings_metadata_object_check" CHECK (jsonb_typeof("bookings"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "booking_cancellations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"booking_id" uuid NOT NULL,
	"cancelled_by" uuid NOT NULL,
	"reason" text,
	"policy_applied" text NOT NULL,
	"refund_minor" bigint DEFAULT 0 NOT NULL,
	"refund_status" "refund_status" DEFAULT 'not_applicable' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_cancellations_refund_nonnegative_check" CHECK ("booking_cancellations"."refund_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "booking_messages" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"booking_id" uuid NOT NULL,
	"sender_id" uuid NOT NULL,
	"body" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_messages_body_check" CHECK (length(btrim("booking_messages"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "booking_modifications" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"booking_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"change_type" "booking_modification_type" NOT NULL,
	"old_values" jsonb NOT NULL,
	"new_values" jsonb NOT NULL,
	"price_difference_minor" bigint DEFAULT 0 NOT NULL,
	"status" "booking_modification_status" DEFAULT 'requested' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_modifications_values_object_check" CHECK (jsonb_typeof("booking_modifications"."old_values") = 'object' and jsonb_typeof("booking_modifications"."new_values") = 'object'),
	CONSTRAINT "booking_modifications_decided_check" CHECK (("booking_modifications"."status" = 'requested') = ("booking_modifications"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "experience_bookings" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"participants" smallint NOT NULL,
	"total_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" "experience_booking_status" DEFAULT 'confirmed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_bookings_participants_check" CHECK ("experience_bookings"."participants" > 0),
	CONSTRAINT "experience_bookings_total_check" CHECK ("experience_bookings"."total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "booking_payments" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"booking_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"captured_minor" bigint DEFAULT 0 NOT NULL,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"currency" char(3) NOT NULL,
	"method" "payment_method" NOT NULL,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"provider" text NOT NULL,
	"provider_payment_id" text,
	"idempotency_key" text NOT NULL,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_payments_amount_check" CHECK ("booking_payments"."amount_minor" > 0),
	CONSTRAINT "booking_payments_refund_within_capture_check" CHECK ("booking_payments"."refunded_minor" >= 0 and "booking_payments"."refunded_minor" <= "booking_payments"."captured_minor" and "booking_payments"."captured_minor" <= "booking_payments"."amount_minor" and "booking_payments"."captured_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payment_transactions" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"booking_payment_id" uuid,
	"experience_booking_id" uuid,
	"kind" "payment_transaction_kind" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"provider" text NOT NULL,
	"provider_transaction_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"raw_response" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_transactions_single_owner_check" CHECK (num_nonnulls("payment_transactions"."booking_payment_id", "payment_transactions"."experience_booking_id") = 1),
	CONSTRAINT "payment_transactions_amount_check" CHECK ("payment_transactions"."amount_minor" > 0),
	CONSTRAINT "payment_transactions_raw_response_object_check" CHECK (jsonb_typeof("payment_transactions"."raw_response") = 'object')
);
--> statement-breakpoint
CREATE TABLE "review_helpful_votes" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"review_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"is_helpful" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_images" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"review_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"caption" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_images_sort_order_check" CHECK ("review_images"."sort_order" >= 0)
);
--> statement-breakpoint
CREATE TABLE "review_translations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"review_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_translations_body_check" CHECK (length(btrim("review_translations"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"property_id" uuid,
	"poi_id" uuid,
	"experience_id" uuid,
	"author_id" uuid NOT NULL,
	"booking_id" uuid,
	"rating" smallint NOT NULL,
	"cleanliness_rating" smallint,
	"accuracy_rating" smallint,
	"communication_rating" smallint,
	"location_rating" smallint,
	"value_rating" smallint,
	"title" text,
	"body" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "review_status" DEFAULT 'pending' NOT NULL,
	"helpful_count" integer DEFAULT 0 NOT NULL,
	"host_response" text,
	"host_responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "reviews_single_target_check" CHECK (num_nonnulls("reviews"."property_id", "reviews"."poi_id", "reviews"."experience_id") = 1),
	CONSTRAINT "reviews_rating_check" CHECK ("reviews"."rating" between 1 and 5),
	CONSTRAINT "reviews_sub_ratings_check" CHECK (coalesce("reviews"."cleanliness_rating", 1) between 1 and 5 and coalesce("reviews"."accuracy_rating", 1) between 1 and 5
        and coalesce("reviews"."communication_rating", 1) between 1 and 5 and coalesce("reviews"."location_rating", 1) between 1 and 5
        and coalesce("reviews"."value_rating", 1) between 1 and 5),
	CONSTRAINT "reviews_body_check" CHECK (length(btrim("reviews"."body")) > 0),
	CONSTRAINT "reviews_helpful_count_check" CHECK ("reviews"."helpful_count" >= 0),
	CONSTRAINT "reviews_host_response_check" CHECK (("reviews"."host_response" is null) = ("reviews"."host_responded_at" is null))
);
--> statement-breakpoint
CREATE TABLE "activity_feed" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"actor_id" uuid NOT NULL,
	"verb" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"target_type" text,
	"target_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_feed_verb_format_check" CHECK ("activity_feed"."verb" ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
	CONSTRAINT "activity_feed_object_type_format_check" CHECK ("activity_feed"."object_type" ~ '^[a-z][a-z0-9_]*$'),
	CONSTRAINT "activity_feed_target_check" CHECK (num_nonnulls("activity_feed"."target_type", "activity_feed"."target_id") in (0, 2)),
	CONSTRAINT "activity_feed_data_object_check" CHECK (jsonb_typeof("activity_feed"."data") = 'object')
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"channel" "notification_channel" DEFAULT 'in_app' NOT NULL,
	"read_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_type_format_check" CHECK ("notifications"."type" ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
	CONSTRAINT "notifications_title_check" CHECK (length("notifications"."title") between 1 and 200),
	CONSTRAINT "notifications_data_object_check" CHECK (jsonb_typeof("notifications"."data") = 'object')
);
--> statement-breakpoint
CREATE TABLE "post_comments" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"parent_id" uuid,
	"post_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "post_comments_id_post_id_key" UNIQUE("id","post_id"),
	CONSTRAINT "post_comments_body_check" CHECK (length("post_comments"."body") between 1 and 2000),
	CONSTRAINT "post_comments_not_own_parent_check" CHECK ("post_comments"."parent_id" <> "post_comments"."id")
);
--> statement-breakpoint
CREATE TABLE "post_likes" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_likes_pkey" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "social_posts" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"location" "geography",
	"place_name" text,
	"poi_id" uuid,
	"property_id" uuid,
	"visibility" "post_visibility" DEFAULT 'public' NOT NULL,
	"like_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(place_name, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'B')) STORED,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "social_posts_body_check" CHECK (length("social_posts"."body") between 1 and 5000),
	CONSTRAINT "social_posts_location_point_4326_check" CHECK ("social_posts"."location" is null or (st_srid("social_posts"."location"::geometry) = 4326 and geometrytype("social_posts"."location"::geometry) = 'POINT')),
	CONSTRAINT "social_posts_counts_check" CHECK ("social_posts"."like_count" >= 0 and "social_posts"."comment_count" >= 0),
	CONSTRAINT "social_posts_metadata_object_check" CHECK (jsonb_typeof("social_posts"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "user_follows" (
	"follower_id" uuid NOT NULL,
	"followee_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_follows_pkey" PRIMARY KEY("follower_id","followee_id"),
	CONSTRAINT "user_follows_not_self_check" CHECK ("user_follows"."follower_id" <> "user_follows"."followee_id")
);
--> statement-breakpoint
CREATE TABLE "user_social_profiles" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"handle" "citext" NOT NULL,
	"display_name" text NOT NULL,
	"bio" text,
	"avatar_url" text,
	"follower_count" integer DEFAULT 0 NOT NULL,
	"following_count" integer DEFAULT 0 NOT NULL,
	"post_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "user_social_profiles_handle_format_check" CHECK ("user_social_profiles"."handle"::text ~ '^[A-Za-z0-9_.]{3,30}$'),
	CONSTRAINT "user_social_profiles_display_name_check" CHECK (length("user_social_profiles"."display_name") between 1 and 80),
	CONSTRAINT "user_social_profiles_bio_check" CHECK (length("user_social_profiles"."bio") <= 1000),
	CONSTRAINT "user_social_profiles_counts_check" CHECK ("user_social_profiles"."follower_count" >= 0 and "user_social_profiles"."following_count" >= 0 and "user_social_profiles"."post_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "travel_group_members" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "travel_group_role" DEFAULT 'member' NOT NULL,
	"status" "travel_group_member_status" DEFAULT 'invited' NOT NULL,
	"invited_by" uuid,
	"joined_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "travel_groups" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"destination" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"max_members" integer NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "travel_groups_name_check" CHECK (length("travel_groups"."name") between 1 and 120),
	CONSTRAINT "travel_groups_dates_check" CHECK ("travel_groups"."ends_on" >= "travel_groups"."starts_on"),
	CONSTRAINT "travel_groups_max_members_check" CHECK ("travel_groups"."max_members" > 0 and "travel_groups"."max_members" <= 1000),
	CONSTRAINT "travel_groups_member_count_check" CHECK ("travel_groups"."member_count" between 0 and "travel_groups"."max_members")
);
--> statement-breakpoint
CREATE TABLE "wishlist_items" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"wishlist_id" uuid NOT NULL,
	"property_id" uuid,
	"poi_id" uuid,
	"experience_id" uuid,
	"note" text,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wishlist_items_one_target_check" CHECK (num_nonnulls("wishlist_items"."property_id", "wishlist_items"."poi_id", "wishlist_items"."experience_id") = 1),
	CONSTRAINT "wishlist_items_note_check" CHECK (length("wishlist_items"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "wishlists" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"visibility" "wishlist_visibility" DEFAULT 'private' NOT NULL,
	"share_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "wishlists_name_check" CHECK (length("wishlists"."name") between 1 and 120),
	CONSTRAINT "wishlists_share_token_check" CHECK (("wishlists"."visibility" = 'private' and "wishlists"."share_token" is null) or ("wishlists"."visibility" <> 'private' and length("wishlists"."share_token") >= 22))
);
--> statement-breakpoint
CREATE TABLE "admin_audit_log" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"admin_id" uuid NOT NULL,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"ip" "inet",
	"user_agent" text,
	"request_id" text,
	"occurred_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "admin_audit_log_action_format_check" CHECK ("admin_audit_log"."action" ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
	CONSTRAINT "admin_audit_log_target_check" CHECK ("admin_audit_log"."target_id" is null or "admin_audit_log"."target_type" is not null),
	CONSTRAINT "admin_audit_log_changes_object_check" CHECK (jsonb_typeof("admin_audit_log"."changes") = 'object')
);
--> statement-breakpoint
CREATE TABLE "ai_conversations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"model" text NOT NULL,
	"status" "ai_conversation_status" DEFAULT 'active' NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL,
	"message_seq" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_conversations_context_object_check" CHECK (jsonb_typeof("ai_conversations"."context") = 'object'),
	CONSTRAINT "ai_conversations_model_check" CHECK (length("ai_conversations"."model") between 1 and 100),
	CONSTRAINT "ai_conversations_counts_check" CHECK ("ai_conversations"."message_count" >= 0 and "ai_conversations"."message_seq" >= "ai_conversations"."message_count"),
	CONSTRAINT "ai_conversations_metadata_object_check" CHECK (jsonb_typeof("ai_conversations"."metadata") = 'object')
);
--> statement-breakpoint
CREATE TABLE "ai_messages" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"role" "ai_message_role" NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"tool_calls" jsonb,
	"tool_call_id" text,
	"model" text,
	"tokens_in" integer DEFAULT 0 NOT NULL,
	"tokens_out" integer DEFAULT 0 NOT NULL,
	"latency_ms" integer,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "ai_messages_seq_check" CHECK ("ai_messages"."seq" > 0),
	CONSTRAINT "ai_messages_tokens_in_check" CHECK ("ai_messages"."tokens_in" >= 0),
	CONSTRAINT "ai_messages_tokens_out_check" CHECK ("ai_messages"."tokens_out" >= 0),
	CONSTRAINT "ai_messages_latency_check" CHECK ("ai_messages"."latency_ms" >= 0),
	CONSTRAINT "ai_messages_tool_calls_check" CHECK ("ai_messages"."tool_calls" is null or ("ai_messages"."role" = 'assistant' and jsonb_typeof("ai_messages"."tool_calls") = 'array')),
	CONSTRAINT "ai_messages_tool_call_id_check" CHECK (("ai_messages"."role" = 'tool') = ("ai_messages"."tool_call_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "feature_usage" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"feature_key" text NOT NULL,
	"user_id" uuid NOT NULL,
	"variant" text,
	"use_count" integer DEFAULT 1 NOT NULL,
	"first_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feature_usage_feature_key_format_check" CHECK ("feature_usage"."feature_key" ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
	CONSTRAINT "feature_usage_variant_format_check" CHECK ("feature_usage"."variant" ~ '^[A-Za-z0-9_-]{1,40}$'),
	CONSTRAINT "feature_usage_use_count_check" CHECK ("feature_usage"."use_count" >= 1),
	CONSTRAINT "feature_usage_used_at_check" CHECK ("feature_usage"."last_used_at" >= "feature_usage"."first_used_at")
);
--> statement-breakpoint
CREATE TABLE "user_preference_learning" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"feature" text NOT NULL,
	"weight" double precision NOT NULL,
	"confidence" double precision DEFAULT 0 NOT NULL,
	"source" "preference_source" NOT NULL,
	"model_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preference_learning_feature_format_check" CHECK ("user_preference_learning"."feature" ~ '^[a-z][a-z0-9_]*([.][a-z0-9_]+)*$'),
	CONSTRAINT "user_preference_learning_weight_check" CHECK ("user_preference_learning"."weight" between -1000 and 1000),
	CONSTRAINT "user_preference_learning_confidence_check" CHECK ("user_preference_learning"."confidence" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "smart_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"user_id" uuid NOT NULL,
	"property_id" uuid,
	"poi_id" uuid,
	"experience_id" uuid,
	"score" double precision NOT NULL,
	"reason" text,
	"algorithm" text NOT NULL,
	"model_version" text,
	"shown_at" timestamp with time zone,
	"clicked_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "smart_recommendations_one_target_check" CHECK (num_nonnulls("smart_recommendations"."property_id", "smart_recommendations"."poi_id", "smart_recommendations"."experience_id") = 1),
	CONSTRAINT "smart_recommendations_score_check" CHECK ("smart_recommendations"."score" between 0 and 1),
	CONSTRAINT "smart_recommendations_algorithm_format_check" CHECK ("smart_recommendations"."algorithm" ~ '^[a-z][a-z0-9_.-]{0,63}$'),
	CONSTRAINT "smart_recommendations_expires_check" CHECK ("smart_recommendations"."expires_at" > "smart_recommendations"."created_at")
);
--> statement-breakpoint
CREATE TABLE "system_settings" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v7() NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"type" "system_setting_type" NOT NULL,
	"description" text,
	"is_secret" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "system_settings_key_format_check" CHECK (length("system_settings"."key") <= 100 and "system_settings"."key" ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
	CONSTRAINT "system_settings_value_type_check" CHECK ("system_settings"."type" = 'json' or jsonb_typeof("system_settings"."value") = "system_settings"."type"::text)
);
--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_base_currency_currencies_code_fk" FOREIGN KEY ("base_currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_quote_currency_currencies_code_fk" FOREIGN KEY ("quote_currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_achievements" ADD CONSTRAINT "user_achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_achievements" ADD CONSTRAINT "user_achievements_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_history" ADD CONSTRAINT "travel_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_stats" ADD CONSTRAINT "travel_stats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_auth" ADD CONSTRAINT "user_auth_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_identities" ADD CONSTRAINT "user_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_onboarding" ADD CONSTRAINT "user_onboarding_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_social_connections" ADD CONSTRAINT "user_social_connections_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_social_connections" ADD CONSTRAINT "user_social_connections_addressee_id_users_id_fk" FOREIGN KEY ("addressee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_social_connections" ADD CONSTRAINT "user_social_connections_blocked_by_users_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_moderation" ADD CONSTRAINT "content_moderation_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_amenities" ADD CONSTRAINT "property_amenities_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_amenities" ADD CONSTRAINT "property_amenities_amenity_id_amenities_id_fk" FOREIGN KEY ("amenity_id") REFERENCES "public"."amenities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_availability" ADD CONSTRAINT "property_availability_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_calendar" ADD CONSTRAINT "property_calendar_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_images" ADD CONSTRAINT "property_images_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_images" ADD CONSTRAINT "property_images_media_id_media_files_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_pricing" ADD CONSTRAINT "property_pricing_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_rules" ADD CONSTRAINT "property_rules_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_slug_history" ADD CONSTRAINT "property_slug_history_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_ar_experiences" ADD CONSTRAINT "poi_ar_experiences_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_ar_experiences" ADD CONSTRAINT "poi_ar_experiences_asset_media_id_fk" FOREIGN KEY ("asset_media_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_audio_guides" ADD CONSTRAINT "poi_audio_guides_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_audio_guides" ADD CONSTRAINT "poi_audio_guides_media_id_media_files_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_categories" ADD CONSTRAINT "poi_categories_parent_id_poi_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."poi_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_images" ADD CONSTRAINT "poi_images_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_images" ADD CONSTRAINT "poi_images_media_id_media_files_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_opening_hours" ADD CONSTRAINT "poi_opening_hours_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_slug_history" ADD CONSTRAINT "poi_slug_history_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poi_translations" ADD CONSTRAINT "poi_translations_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pois" ADD CONSTRAINT "pois_category_id_poi_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."poi_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pois" ADD CONSTRAINT "pois_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_categories" ADD CONSTRAINT "experience_categories_parent_id_experience_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experience_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_images" ADD CONSTRAINT "experience_images_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_images" ADD CONSTRAINT "experience_images_media_id_media_files_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_requirements" ADD CONSTRAINT "experience_requirements_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_schedules" ADD CONSTRAINT "experience_schedules_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_slug_history" ADD CONSTRAINT "experience_slug_history_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_translations" ADD CONSTRAINT "experience_translations_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_category_id_experience_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."experience_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_guest_id_users_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_cancellations" ADD CONSTRAINT "booking_cancellations_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_cancellations" ADD CONSTRAINT "booking_cancellations_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_messages" ADD CONSTRAINT "booking_messages_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_messages" ADD CONSTRAINT "booking_messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_modifications" ADD CONSTRAINT "booking_modifications_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_modifications" ADD CONSTRAINT "booking_modifications_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_bookings" ADD CONSTRAINT "experience_bookings_schedule_id_experience_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."experience_schedules"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_bookings" ADD CONSTRAINT "experience_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_bookings" ADD CONSTRAINT "experience_bookings_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_payments" ADD CONSTRAINT "booking_payments_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_payments" ADD CONSTRAINT "booking_payments_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_booking_payment_fk" FOREIGN KEY ("booking_payment_id") REFERENCES "public"."booking_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_experience_booking_fk" FOREIGN KEY ("experience_booking_id") REFERENCES "public"."experience_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_images" ADD CONSTRAINT "review_images_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_images" ADD CONSTRAINT "review_images_media_id_media_files_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_translations" ADD CONSTRAINT "review_translations_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_feed" ADD CONSTRAINT "activity_feed_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_comments" ADD CONSTRAINT "post_comments_post_id_social_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."social_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_comments" ADD CONSTRAINT "post_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_comments" ADD CONSTRAINT "post_comments_parent_same_post_fk" FOREIGN KEY ("parent_id","post_id") REFERENCES "public"."post_comments"("id","post_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_likes" ADD CONSTRAINT "post_likes_post_id_social_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."social_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_likes" ADD CONSTRAINT "post_likes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_follows" ADD CONSTRAINT "user_follows_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_follows" ADD CONSTRAINT "user_follows_followee_id_users_id_fk" FOREIGN KEY ("followee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_social_profiles" ADD CONSTRAINT "user_social_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_group_members" ADD CONSTRAINT "travel_group_members_group_id_travel_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."travel_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_group_members" ADD CONSTRAINT "travel_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_group_members" ADD CONSTRAINT "travel_group_members_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_groups" ADD CONSTRAINT "travel_groups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_wishlist_id_wishlists_id_fk" FOREIGN KEY ("wishlist_id") REFERENCES "public"."wishlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishlists" ADD CONSTRAINT "wishlists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_audit_log" ADD CONSTRAINT "admin_audit_log_admin_id_users_id_fk" FOREIGN KEY ("admin_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_conversation_id_ai_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."ai_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_usage" ADD CONSTRAINT "feature_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_preference_learning" ADD CONSTRAINT "user_preference_learning_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smart_recommendations" ADD CONSTRAINT "smart_recommendations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smart_recommendations" ADD CONSTRAINT "smart_recommendations_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smart_recommendations" ADD CONSTRAINT "smart_recommendations_poi_id_pois_id_fk" FOREIGN KEY ("poi_id") REFERENCES "public"."pois"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smart_recommendations" ADD CONSTRAINT "smart_recommendations_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_rates_quote_currency_idx" ON "exchange_rates" USING btree ("quote_currency");--> statement-breakpoint
CREATE INDEX "outbox_events_unpublished_seq_idx" ON "outbox_events" USING btree ("seq") WHERE "outbox_events"."published_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_events_aggregate_idx" ON "outbox_events" USING btree ("aggregate_type","aggregate_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "achievements_code_key" ON "achievements" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "user_achievements_user_id_achievement_id_key" ON "user_achievements" USING btree ("user_id","achievement_id");--> statement-breakpoint
CREATE INDEX "user_achievements_achievement_id_idx" ON "user_achievements" USING btree ("achievement_id");--> statement-breakpoint
CREATE INDEX "travel_history_user_id_visited_from_idx" ON "travel_history" USING btree ("user_id","visited_from");--> statement-breakpoint
CREATE INDEX "travel_history_location_idx" ON "travel_history" USING gist ("location");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_history_booking_id_key" ON "travel_history" USING btree ("booking_id") WHERE "travel_history"."booking_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_auth_user_id_key" ON "user_auth" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_auth_password_reset_token_hash_key" ON "user_auth" USING btree ("password_reset_token_hash") WHERE "user_auth"."password_reset_token_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_auth_email_verification_token_hash_key" ON "user_auth" USING btree ("email_verification_token_hash") WHERE "user_auth"."email_verification_token_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_identities_provider_provider_user_id_key" ON "user_identities" USING btree ("provider","provider_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_identities_user_id_provider_key" ON "user_identities" USING btree ("user_id","provider");--> statement-breakpoint
CREATE UNIQUE INDEX "user_onboarding_user_id_key" ON "user_onboarding" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_preferences_user_id_key" ON "user_preferences" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_profiles_user_id_key" ON "user_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_profiles_home_location_idx" ON "user_profiles" USING gist ("home_location");--> statement-breakpoint
CREATE INDEX "user_profiles_interests_idx" ON "user_profiles" USING gin ("interests");--> statement-breakpoint
CREATE UNIQUE INDEX "user_sessions_refresh_token_hash_key" ON "user_sessions" USING btree ("refresh_token_hash");--> statement-breakpoint
CREATE INDEX "user_sessions_active_user_id_expires_at_idx" ON "user_sessions" USING btree ("user_id","expires_at") WHERE "user_sessions"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_sessions_active_expires_at_idx" ON "user_sessions" USING btree ("expires_at") WHERE "user_sessions"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_social_connections_pair_key" ON "user_social_connections" USING btree (least("requester_id", "addressee_id"),greatest("requester_id", "addressee_id"));--> statement-breakpoint
CREATE INDEX "user_social_connections_requester_id_status_idx" ON "user_social_connections" USING btree ("requester_id","status");--> statement-breakpoint
CREATE INDEX "user_social_connections_addressee_id_status_idx" ON "user_social_connections" USING btree ("addressee_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email") WHERE "users"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username") WHERE "users"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "users_status_idx" ON "users" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "content_analytics_entity_type_entity_id_day_key" ON "content_analytics" USING btree ("entity_type","entity_id","day");--> statement-breakpoint
CREATE INDEX "content_analytics_day_idx" ON "content_analytics" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "content_moderation_open_entity_key" ON "content_moderation" USING btree ("entity_type","entity_id") WHERE "content_moderation"."status" in ('pending', 'escalated');--> statement-breakpoint
CREATE INDEX "content_moderation_entity_idx" ON "content_moderation" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "content_moderation_queue_idx" ON "content_moderation" USING btree ("status","created_at") WHERE "content_moderation"."status" in ('pending', 'escalated');--> statement-breakpoint
CREATE UNIQUE INDEX "content_recommendations_source_target_algorithm_key" ON "content_recommendations" USING btree ("source_type","source_id","target_type","target_id","algorithm");--> statement-breakpoint
CREATE INDEX "content_recommendations_source_idx" ON "content_recommendations" USING btree ("source_type","source_id","algorithm","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "content_recommendations_target_idx" ON "content_recommendations" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_templates_key_locale_channel_key" ON "content_templates" USING btree ("key","locale","channel") WHERE "content_templates"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "content_versions_entity_type_entity_id_version_key" ON "content_versions" USING btree ("entity_type","entity_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "media_files_storage_key_key" ON "media_files" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "media_files_owner_id_idx" ON "media_files" USING btree ("owner_id") WHERE "media_files"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "search_index_entity_type_entity_id_locale_key" ON "search_index" USING btree ("entity_type","entity_id","locale");--> statement-breakpoint
CREATE INDEX "search_index_search_vector_idx" ON "search_index" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_index_location_idx" ON "search_index" USING gist ("location");--> statement-breakpoint
CREATE INDEX "search_index_title_trgm_idx" ON "search_index" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "translations_entity_type_entity_id_field_locale_key" ON "translations" USING btree ("entity_type","entity_id","field","locale");--> statement-breakpoint
CREATE INDEX "translations_search_vector_idx" ON "translations" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "amenities_code_key" ON "amenities" USING btree ("code");--> statement-breakpoint
CREATE INDEX "amenities_category_idx" ON "amenities" USING btree ("category");--> statement-breakpoint
CREATE INDEX "property_amenities_amenity_id_idx" ON "property_amenities" USING btree ("amenity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "properties_slug_key" ON "properties" USING btree ("slug") WHERE "properties"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "properties_host_id_idx" ON "properties" USING btree ("host_id");--> statement-breakpoint
CREATE INDEX "properties_city_idx" ON "properties" USING btree ("city_key","max_guests","base_price_minor") WHERE "properties"."status" = 'active' and "properties"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "properties_status_idx" ON "properties" USING btree ("status");--> statement-breakpoint
CREATE INDEX "properties_location_idx" ON "properties" USING gist (("location"::geography));--> statement-breakpoint
CREATE INDEX "properties_search_vector_idx" ON "properties" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "properties_title_trgm_idx" ON "properties" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "property_images_cover_key" ON "property_images" USING btree ("property_id") WHERE "property_images"."is_cover";--> statement-breakpoint
CREATE INDEX "property_images_property_id_sort_order_idx" ON "property_images" USING btree ("property_id","sort_order");--> statement-breakpoint
CREATE INDEX "property_images_media_id_idx" ON "property_images" USING btree ("media_id");--> statement-breakpoint
CREATE INDEX "property_pricing_property_id_idx" ON "property_pricing" USING btree ("property_id") WHERE "property_pricing"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "property_rules_property_id_rule_type_key" ON "property_rules" USING btree ("property_id","rule_type") WHERE "property_rules"."rule_type" <> 'custom';--> statement-breakpoint
CREATE INDEX "property_rules_property_id_idx" ON "property_rules" USING btree ("property_id");--> statement-breakpoint
CREATE UNIQUE INDEX "property_slug_history_slug_key" ON "property_slug_history" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "property_slug_history_property_id_idx" ON "property_slug_history" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "poi_ar_experiences_poi_id_idx" ON "poi_ar_experiences" USING btree ("poi_id");--> statement-breakpoint
CREATE INDEX "poi_ar_experiences_asset_media_id_idx" ON "poi_ar_experiences" USING btree ("asset_media_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poi_audio_guides_poi_id_locale_key" ON "poi_audio_guides" USING btree ("poi_id","locale");--> statement-breakpoint
CREATE INDEX "poi_audio_guides_media_id_idx" ON "poi_audio_guides" USING btree ("media_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poi_categories_slug_key" ON "poi_categories" USING btree ("slug") WHERE "poi_categories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "poi_categories_parent_id_idx" ON "poi_categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "poi_categories_path_idx" ON "poi_categories" USING gist ("path");--> statement-breakpoint
CREATE UNIQUE INDEX "poi_images_cover_key" ON "poi_images" USING btree ("poi_id") WHERE "poi_images"."is_cover";--> statement-breakpoint
CREATE INDEX "poi_images_poi_id_sort_order_idx" ON "poi_images" USING btree ("poi_id","sort_order");--> statement-breakpoint
CREATE INDEX "poi_images_media_id_idx" ON "poi_images" USING btree ("media_id");--> statement-breakpoint
CREATE INDEX "poi_opening_hours_poi_id_day_of_week_idx" ON "poi_opening_hours" USING btree ("poi_id","day_of_week");--> statement-breakpoint
CREATE INDEX "poi_opening_hours_poi_id_special_date_idx" ON "poi_opening_hours" USING btree ("poi_id","special_date");--> statement-breakpoint
CREATE UNIQUE INDEX "poi_slug_history_slug_key" ON "poi_slug_history" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "poi_slug_history_poi_id_idx" ON "poi_slug_history" USING btree ("poi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poi_translations_poi_id_locale_key" ON "poi_translations" USING btree ("poi_id","locale");--> statement-breakpoint
CREATE INDEX "poi_translations_search_vector_idx" ON "poi_translations" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "pois_slug_key" ON "pois" USING btree ("slug") WHERE "pois"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "pois_category_id_idx" ON "pois" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "pois_status_idx" ON "pois" USING btree ("status");--> statement-breakpoint
CREATE INDEX "pois_tags_idx" ON "pois" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "pois_location_idx" ON "pois" USING gist (("location"::geography));--> statement-breakpoint
CREATE INDEX "pois_search_vector_idx" ON "pois" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "pois_name_trgm_idx" ON "pois" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "experience_categories_slug_key" ON "experience_categories" USING btree ("slug") WHERE "experience_categories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "experience_categories_parent_id_idx" ON "experience_categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "experience_categories_path_idx" ON "experience_categories" USING gist ("path");--> statement-breakpoint
CREATE UNIQUE INDEX "experience_images_cover_key" ON "experience_images" USING btree ("experience_id") WHERE "experience_images"."is_cover";--> statement-breakpoint
CREATE INDEX "experience_images_experience_id_sort_order_idx" ON "experience_images" USING btree ("experience_id","sort_order");--> statement-breakpoint
CREATE INDEX "experience_images_media_id_idx" ON "experience_images" USING btree ("media_id");--> statement-breakpoint
CREATE INDEX "experience_requirements_experience_id_idx" ON "experience_requirements" USING btree ("experience_id");--> statement-breakpoint
CREATE INDEX "experience_schedules_experience_id_idx" ON "experience_schedules" USING btree ("experience_id","starts_at");--> statement-breakpoint
CREATE INDEX "experience_schedules_open_starts_at_idx" ON "experience_schedules" USING btree ("starts_at") WHERE "experience_schedules"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "experience_slug_history_slug_key" ON "experience_slug_history" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "experience_slug_history_experience_id_idx" ON "experience_slug_history" USING btree ("experience_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experience_translations_experience_id_locale_key" ON "experience_translations" USING btree ("experience_id","locale");--> statement-breakpoint
CREATE INDEX "experience_translations_search_vector_idx" ON "experience_translations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "experience_translations_title_trgm_idx" ON "experience_translations" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "experiences_slug_key" ON "experiences" USING btree ("slug") WHERE "experiences"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "experiences_host_id_idx" ON "experiences" USING btree ("host_id");--> statement-breakpoint
CREATE INDEX "experiences_category_id_idx" ON "experiences" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "experiences_status_idx" ON "experiences" USING btree ("status");--> statement-breakpoint
CREATE INDEX "experiences_location_idx" ON "experiences" USING gist (("location"::geography));--> statement-breakpoint
CREATE INDEX "experiences_search_vector_idx" ON "experiences" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "experiences_title_trgm_idx" ON "experiences" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_reference_key" ON "bookings" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "bookings_guest_id_check_in_idx" ON "bookings" USING btree ("guest_id","check_in");--> statement-breakpoint
CREATE INDEX "bookings_property_id_check_in_idx" ON "bookings" USING btree ("property_id","check_in");--> statement-breakpoint
CREATE INDEX "bookings_hold_expires_at_idx" ON "bookings" USING btree ("hold_expires_at") WHERE "bookings"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "booking_cancellations_booking_id_key" ON "booking_cancellations" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "booking_messages_booking_id_created_at_idx" ON "booking_messages" USING btree ("booking_id","created_at","id");--> statement-breakpoint
CREATE INDEX "booking_messages_sender_id_idx" ON "booking_messages" USING btree ("sender_id");--> statement-breakpoint
CREATE INDEX "booking_modifications_booking_id_idx" ON "booking_modifications" USING btree ("booking_id","created_at");--> statement-breakpoint
CREATE INDEX "experience_bookings_schedule_id_idx" ON "experience_bookings" USING btree ("schedule_id");--> statement-breakpoint
CREATE INDEX "experience_bookings_user_id_idx" ON "experience_bookings" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_payments_idempotency_key_key" ON "booking_payments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_payments_provider_payment_id_key" ON "booking_payments" USING btree ("provider","provider_payment_id");--> statement-breakpoint
CREATE INDEX "booking_payments_booking_id_idx" ON "booking_payments" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_transactions_provider_transaction_id_key" ON "payment_transactions" USING btree ("provider_transaction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_transactions_idempotency_key_key" ON "payment_transactions" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "payment_transactions_booking_payment_id_idx" ON "payment_transactions" USING btree ("booking_payment_id");--> statement-breakpoint
CREATE INDEX "payment_transactions_experience_booking_id_idx" ON "payment_transactions" USING btree ("experience_booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_helpful_votes_review_id_user_id_key" ON "review_helpful_votes" USING btree ("review_id","user_id");--> statement-breakpoint
CREATE INDEX "review_helpful_votes_user_id_idx" ON "review_helpful_votes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "review_images_review_id_sort_order_idx" ON "review_images" USING btree ("review_id","sort_order");--> statement-breakpoint
CREATE INDEX "review_images_media_id_idx" ON "review_images" USING btree ("media_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_translations_review_id_locale_key" ON "review_translations" USING btree ("review_id","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_author_id_booking_id_key" ON "reviews" USING btree ("author_id","booking_id") WHERE "reviews"."booking_id" is not null and "reviews"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reviews_property_id_published_idx" ON "reviews" USING btree ("property_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "reviews"."status" = 'published' and "reviews"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reviews_poi_id_published_idx" ON "reviews" USING btree ("poi_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "reviews"."status" = 'published' and "reviews"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reviews_experience_id_published_idx" ON "reviews" USING btree ("experience_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "reviews"."status" = 'published' and "reviews"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reviews_author_id_idx" ON "reviews" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "reviews_booking_id_idx" ON "reviews" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "activity_feed_actor_occurred_idx" ON "activity_feed" USING btree ("actor_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "post_comments_post_created_idx" ON "post_comments" USING btree ("post_id","created_at") WHERE "post_comments"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "post_comments_parent_idx" ON "post_comments" USING btree ("post_id","parent_id") WHERE "post_comments"."parent_id" is not null;--> statement-breakpoint
CREATE INDEX "post_comments_author_idx" ON "post_comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "post_likes_user_idx" ON "post_likes" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "social_posts_author_created_idx" ON "social_posts" USING btree ("author_id","created_at","id") WHERE "social_posts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "social_posts_search_vector_idx" ON "social_posts" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "social_posts_poi_idx" ON "social_posts" USING btree ("poi_id") WHERE "social_posts"."poi_id" is not null;--> statement-breakpoint
CREATE INDEX "social_posts_property_idx" ON "social_posts" USING btree ("property_id") WHERE "social_posts"."property_id" is not null;--> statement-breakpoint
CREATE INDEX "social_posts_location_idx" ON "social_posts" USING gist ("location");--> statement-breakpoint
CREATE INDEX "user_follows_followee_idx" ON "user_follows" USING btree ("followee_id","follower_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_social_profiles_user_id_key" ON "user_social_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_social_profiles_handle_key" ON "user_social_profiles" USING btree ("handle");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_group_members_group_user_key" ON "travel_group_members" USING btree ("group_id","user_id");--> statement-breakpoint
CREATE INDEX "travel_group_members_user_idx" ON "travel_group_members" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "travel_groups_owner_idx" ON "travel_groups" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wishlist_items_property_key" ON "wishlist_items" USING btree ("property_id","wishlist_id") WHERE "wishlist_items"."property_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "wishlist_items_poi_key" ON "wishlist_items" USING btree ("poi_id","wishlist_id") WHERE "wishlist_items"."poi_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "wishlist_items_experience_key" ON "wishlist_items" USING btree ("experience_id","wishlist_id") WHERE "wishlist_items"."experience_id" is not null;--> statement-breakpoint
CREATE INDEX "wishlist_items_wishlist_created_idx" ON "wishlist_items" USING btree ("wishlist_id","created_at");--> statement-breakpoint
CREATE INDEX "wishlists_user_idx" ON "wishlists" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wishlists_share_token_key" ON "wishlists" USING btree ("share_token") WHERE "wishlists"."share_token" is not null;--> statement-breakpoint
CREATE INDEX "admin_audit_log_admin_occurred_idx" ON "admin_audit_log" USING btree ("admin_id","occurred_at");--> statement-breakpoint
CREATE INDEX "admin_audit_log_target_occurred_idx" ON "admin_audit_log" USING btree ("target_type","target_id","occurred_at");--> statement-breakpoint
CREATE INDEX "ai_conversations_user_last_message_idx" ON "ai_conversations" USING btree ("user_id","last_message_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_messages_conversation_seq_key" ON "ai_messages" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "feature_usage_feature_user_key" ON "feature_usage" USING btree ("feature_key","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_preference_learning_user_feature_key" ON "user_preference_learning" USING btree ("user_id","feature");--> statement-breakpoint
CREATE INDEX "smart_recommendations_user_score_idx" ON "smart_recommendations" USING btree ("user_id","score") WHERE "smart_recommendations"."dismissed_at" is null;--> statement-breakpoint
CREATE INDEX "smart_recommendations_property_idx" ON "smart_recommendations" USING btree ("property_id") WHERE "smart_recommendations"."property_id" is not null;--> statement-breakpoint
CREATE INDEX "smart_recommendations_poi_idx" ON "smart_recommendations" USING btree ("poi_id") WHERE "smart_recommendations"."poi_id" is not null;--> statement-breakpoint
CREATE INDEX "smart_recommendations_experience_idx" ON "smart_recommendations" USING btree ("experience_id") WHERE "smart_recommendations"."experience_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "system_settings_key_key" ON "system_settings" USING btree ("key");--> statement-breakpoint
CREATE VIEW "public"."system_settings_public" AS (select id, key, case when is_secret then null else value end as value, type, description, is_secret, updated_at from system_settings);--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."host_performance" AS (
  with b as (
    select p.host_id, bk.*
      from bookings bk join properties p on p.id = bk.property_id
  ), counts as (
    select host_id,
           count(*) filter (where status <> 'expired')::int as requests,
           count(*) filter (where confirmed_at is not null)::int as accepted,
           count(*) filter (where confirmed_at is not null and status = 'cancelled')::int as cancelled_after_confirm,
           coalesce(sum(check_out - check_in) filter (where status in ('confirmed', 'completed')), 0)::bigint as nights
      from b group by host_id
  ), responses as (
    select b.host_id,
           count(distinct b.id) filter (where m.sender_id = b.guest_id)::int as guest_threads,
           count(distinct b.id) filter (where m.sender_id = b.host_id and exists (
             select 1 from booking_messages g where g.booking_id = b.id and g.sender_id = b.guest_id))::int as answered
      from b join booking_messages m on m.booking_id = b.id
     group by b.host_id
  ), ratings as (
    select host_id, (sum(rating_avg * rating_count) / nullif(sum(rating_count), 0))::numeric(3,2) as average_rating
      from properties where deleted_at is null group by host_id
  )
  select c.host_id,
         c.requests,
         c.accepted,
         (c.accepted::numeric / nullif(c.requests, 0))::numeric(5,4) as acceptance_rate,
         (c.cancelled_after_confirm::numeric / nullif(c.accepted, 0))::numeric(5,4) as cancellation_rate,
         (r.answered::numeric / nullif(r.guest_threads, 0))::numeric(5,4) as response_rate,
         ra.average_rating,
         c.nights as nights_booked
    from counts c
    left join responses r on r.host_id = c.host_id
    left join ratings ra on ra.host_id = c.host_id
);