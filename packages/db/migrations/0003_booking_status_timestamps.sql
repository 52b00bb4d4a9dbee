-- A status that says it happened carries when. Rows inserted straight into a later status (imports) may lack
-- the timestamp: backfill the best knowledge the row holds (confirmed no later than created; cancelled at the
-- last change) so the CHECKs can be added. Hand-added before drizzle-kit's statements.
UPDATE "bookings" SET "confirmed_at" = "created_at"
 WHERE "status" IN ('confirmed', 'completed', 'no_show') AND "confirmed_at" IS NULL;--> statement-breakpoint
UPDATE "bookings" SET "cancelled_at" = "updated_at" WHERE "status" = 'cancelled' AND "cancelled_at" IS NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_confirmed_at_check" CHECK ("bookings"."status" not in ('confirmed', 'completed', 'no_show') or "bookings"."confirmed_at" is not null);--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancelled_at_check" CHECK ("bookings"."status" <> 'cancelled' or "bookings"."cancelled_at" is not null);