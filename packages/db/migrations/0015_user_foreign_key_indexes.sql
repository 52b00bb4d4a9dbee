-- touriquest:no-transaction
-- An index behind every foreign key to users that a user's deletion must scan (splinter 0001, doctor's
-- "foreign keys without a supporting index"): without one, purging a user reads each of these tables whole.
-- Nullable columns get partial indexes (the foreign-key check looks up a value, never NULL). Built
-- concurrently, one statement at a time, so the tables keep taking writes; a failed build is dropped and
-- re-run by the runner. Foreign keys to `currencies` stay unindexed on purpose (doctor.ts says why).
create index concurrently if not exists "user_social_connections_blocked_by_idx" ON "user_social_connections" using btree ("blocked_by") where "user_social_connections"."blocked_by" is not null;
--> statement-breakpoint
create index concurrently if not exists "content_moderation_moderator_id_idx" ON "content_moderation" using btree ("moderator_id") where "content_moderation"."moderator_id" is not null;
--> statement-breakpoint
create index concurrently if not exists "content_versions_author_id_idx" ON "content_versions" using btree ("author_id") where "content_versions"."author_id" is not null;
--> statement-breakpoint
create index concurrently if not exists "booking_cancellations_cancelled_by_idx" ON "booking_cancellations" using btree ("cancelled_by");
--> statement-breakpoint
create index concurrently if not exists "booking_modifications_requested_by_idx" ON "booking_modifications" using btree ("requested_by");
--> statement-breakpoint
create index concurrently if not exists "travel_group_members_invited_by_idx" ON "travel_group_members" using btree ("invited_by") where "travel_group_members"."invited_by" is not null;
--> statement-breakpoint
create index concurrently if not exists "wishlist_items_added_by_idx" ON "wishlist_items" using btree ("added_by") where "wishlist_items"."added_by" is not null;
--> statement-breakpoint
create index concurrently if not exists "feature_usage_user_id_idx" ON "feature_usage" using btree ("user_id");
