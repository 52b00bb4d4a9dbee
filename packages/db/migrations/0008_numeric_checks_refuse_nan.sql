-- touriquest:no-transaction
-- NaN passed every lower-bound-only range check (PostgreSQL sorts NaN above every number, so NaN > 0 holds) and
-- so did Infinity: each check now also requires < 'Infinity'. Safe under traffic, statement by statement: the
-- swap (drop + add NOT VALID in one ALTER) takes a brief lock and never lets the rule lapse for new rows;
-- VALIDATE then scans existing rows without blocking writes. If a VALIDATE fails, rows with NaN exist: fix them
-- (the error names the constraint) and run migrate again — every statement here is safe to repeat.
alter table "exchange_rates" drop constraint if exists "exchange_rates_rate_check", add constraint "exchange_rates_rate_check" check ("exchange_rates"."rate" > 0 and "exchange_rates"."rate" < 'Infinity') not valid;
--> statement-breakpoint
alter table "exchange_rates" validate constraint "exchange_rates_rate_check";
--> statement-breakpoint
alter table "search_index" drop constraint if exists "search_index_boost_check", add constraint "search_index_boost_check" check ("search_index"."boost" > 0 and "search_index"."boost" < 'Infinity') not valid;
--> statement-breakpoint
alter table "search_index" validate constraint "search_index_boost_check";
--> statement-breakpoint
alter table "properties" drop constraint if exists "properties_bathrooms_check", add constraint "properties_bathrooms_check" check ("properties"."bathrooms" >= 0 and "properties"."bathrooms" < 'Infinity') not valid;
--> statement-breakpoint
alter table "properties" validate constraint "properties_bathrooms_check";
--> statement-breakpoint
alter table "property_calendar" drop constraint if exists "property_calendar_price_multiplier_check", add constraint "property_calendar_price_multiplier_check" check ("property_calendar"."price_multiplier" > 0 and "property_calendar"."price_multiplier" < 'Infinity') not valid;
--> statement-breakpoint
alter table "property_calendar" validate constraint "property_calendar_price_multiplier_check";
--> statement-breakpoint
alter table "property_pricing" drop constraint if exists "property_pricing_adjustment_value_check", add constraint "property_pricing_adjustment_value_check" check (case "property_pricing"."adjustment_type" when 'percent' then "property_pricing"."adjustment_value" between -100 and 1000
          else "property_pricing"."adjustment_value" = trunc("property_pricing"."adjustment_value") and abs("property_pricing"."adjustment_value") < 'Infinity' end) not valid;
--> statement-breakpoint
alter table "property_pricing" validate constraint "property_pricing_adjustment_value_check";
--> statement-breakpoint
alter table "pois" drop constraint if exists "pois_popularity_score_check", add constraint "pois_popularity_score_check" check ("pois"."popularity_score" >= 0 and "pois"."popularity_score" < 'Infinity') not valid;
--> statement-breakpoint
alter table "pois" validate constraint "pois_popularity_score_check";
