-- Points become geometry(Point,4326) with a range CHECK (geography input folded lat 95 to 85 silently), GiST on
-- (column::geography); the USING casts are hand-added (drizzle-kit omits them). Reviews gain experience_booking_id.
-- A column named in a trigger's `update of` cannot be retyped: drop it here; the migration runner re-installs
-- every logic item (this trigger included) after any migration.
DROP TRIGGER IF EXISTS "user_profiles_travel_stats_trg" ON "user_profiles";--> statement-breakpoint
ALTER TABLE "travel_history" DROP CONSTRAINT "travel_history_location_point_4326_check";--> statement-breakpoint
ALTER TABLE "user_profiles" DROP CONSTRAINT "user_profiles_home_location_point_4326_check";--> statement-breakpoint
ALTER TABLE "search_index" DROP CONSTRAINT "search_index_location_point_4326_check";--> statement-breakpoint
ALTER TABLE "social_posts" DROP CONSTRAINT "social_posts_location_point_4326_check";--> statement-breakpoint
DROP INDEX "travel_history_location_idx";--> statement-breakpoint
DROP INDEX "user_profiles_home_location_idx";--> statement-breakpoint
DROP INDEX "search_index_location_idx";--> statement-breakpoint
DROP INDEX "social_posts_location_idx";--> statement-breakpoint
ALTER TABLE "travel_history" ALTER COLUMN "location" SET DATA TYPE geometry(Point,4326) USING "location"::geometry;--> statement-breakpoint
ALTER TABLE "user_profiles" ALTER COLUMN "home_location" SET DATA TYPE geometry(Point,4326) USING "home_location"::geometry;--> statement-breakpoint
ALTER TABLE "search_index" ALTER COLUMN "location" SET DATA TYPE geometry(Point,4326) USING "location"::geometry;--> statement-breakpoint
ALTER TABLE "social_posts" ALTER COLUMN "location" SET DATA TYPE geometry(Point,4326) USING "location"::geometry;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "experience_booking_id" uuid;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_experience_booking_id_experience_bookings_id_fk" FOREIGN KEY ("experience_booking_id") REFERENCES "public"."experience_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_author_id_experience_booking_id_key" ON "reviews" USING btree ("author_id","experience_booking_id") WHERE "reviews"."experience_booking_id" is not null and "reviews"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reviews_experience_booking_id_idx" ON "reviews" USING btree ("experience_booking_id");--> statement-breakpoint
CREATE INDEX "travel_history_location_idx" ON "travel_history" USING gist (("location"::geography));--> statement-breakpoint
CREATE INDEX "user_profiles_home_location_idx" ON "user_profiles" USING gist (("home_location"::geography));--> statement-breakpoint
CREATE INDEX "search_index_location_idx" ON "search_index" USING gist (("location"::geography));--> statement-breakpoint
CREATE INDEX "social_posts_location_idx" ON "social_posts" USING gist (("location"::geography));--> statement-breakpoint
ALTER TABLE "travel_history" ADD CONSTRAINT "travel_history_location_range_check" CHECK (st_x("travel_history"."location") between -180 and 180 and st_y("travel_history"."location") between -90 and 90);--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_home_location_range_check" CHECK (st_x("user_profiles"."home_location") between -180 and 180 and st_y("user_profiles"."home_location") between -90 and 90);--> statement-breakpoint
ALTER TABLE "search_index" ADD CONSTRAINT "search_index_location_range_check" CHECK (st_x("search_index"."location") between -180 and 180 and st_y("search_index"."location") between -90 and 90);--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_booking_target_check" CHECK (("reviews"."booking_id" is null or "reviews"."property_id" is not null)
        and ("reviews"."experience_booking_id" is null or "reviews"."experience_id" is not null));--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_location_range_check" CHECK (st_x("social_posts"."location") between -180 and 180 and st_y("social_posts"."location") between -90 and 90);