-- touriquest:no-transaction
-- Rules on every path (issue 11). time_zones: the server's zone database as rows, for the <table>_timezone_check
-- triggers (filled here, refreshed after every deploy by tq_refresh_time_zones()). Two CHECKs, added safely under
-- traffic like 0008: NOT VALID first (new rows are held at once), then VALIDATE without blocking writes. A failing
-- VALIDATE names rows that break the rule (a payment marked captured with nothing captured, a booking whose
-- discount exceeds its sum): fix them and run migrate again — every statement here is safe to repeat.
create table if not exists "time_zones" (
	"name" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
insert into "time_zones" ("name") select "name" from pg_timezone_names where "name" !~ '^(posix|right)/' on conflict ("name") do nothing;
--> statement-breakpoint
alter table "booking_payments" drop constraint if exists "booking_payments_status_amounts_check", add constraint "booking_payments_status_amounts_check" CHECK (case "booking_payments"."status"
            when 'captured' then "booking_payments"."captured_minor" = "booking_payments"."amount_minor" and "booking_payments"."refunded_minor" = 0
            when 'partially_refunded' then "booking_payments"."refunded_minor" > 0 and "booking_payments"."refunded_minor" < "booking_payments"."captured_minor"
            when 'refunded' then "booking_payments"."captured_minor" > 0 and "booking_payments"."refunded_minor" = "booking_payments"."captured_minor"
            else "booking_payments"."refunded_minor" = 0 end) not valid;
--> statement-breakpoint
alter table "booking_payments" validate constraint "booking_payments_status_amounts_check";
--> statement-breakpoint
alter table "bookings" drop constraint if exists "bookings_total_nonnegative_check", add constraint "bookings_total_nonnegative_check" CHECK ("bookings"."total_minor" >= 0) not valid;
--> statement-breakpoint
alter table "bookings" validate constraint "bookings_total_nonnegative_check";
