import { audit, daterange, id, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { adjustmentTypeEnum, pricingRuleTypeEnum } from './enums';
import { properties } from './properties';

/**
 * Dynamic pricing rules; `quoteStay` (queries/pricing.ts) is their one interpreter. `valid_during` and
 * `days_of_week` narrow any rule; each rule type has the threshold it needs (checked below):
 * weekend → days_of_week, seasonal → valid_during, length_of_stay → min_nights,
 * last_minute / early_bird → days_before_checkin, occupancy → min_guests.
 */
export const propertyPricing = pgTable(
  'property_pricing',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    name: text(),
    ruleType: pricingRuleTypeEnum().notNull(),
    validDuring: daterange(),
    /** 0 = Sunday … 6 = Saturday (PostgreSQL's `extract(dow)` and JS `getUTCDay()`), of the night's date. */
    daysOfWeek: smallint().array(),
    minNights: integer(),
    daysBeforeCheckin: integer(),
    minGuests: integer(),
    adjustmentType: adjustmentTypeEnum().notNull(),
    /** percent: -100..1000 (e.g. -12.5); fixed: integer minor units of the property's currency, per night. */
    adjustmentValue: numeric({ precision: 12, scale: 4 }).notNull(),
    /** Applied in ascending order: priority 0 before priority 10. */
    priority: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    index('property_pricing_property_id_idx').on(t.propertyId).where(sql`${t.active}`),
    check(
      'property_pricing_days_of_week_check',
      sql`${t.daysOfWeek} is null or (${t.daysOfWeek} <@ array[0,1,2,3,4,5,6]::smallint[] and array_position(${t.daysOfWeek}, null) is null)`,
    ),
    check(
      'property_pricing_valid_during_check',
      sql`${t.validDuring} is null or not isempty(${t.validDuring})`,
    ),
    check('property_pricing_min_nights_check', sql`${t.minNights} >= 1`),
    check('property_pricing_days_before_checkin_check', sql`${t.daysBeforeCheckin} >= 0`),
    check('property_pricing_min_guests_check', sql`${t.minGuests} >= 1`),
    check(
      'property_pricing_adjustment_value_check',
      sql`case ${t.adjustmentType} when 'percent' then ${t.adjustmentValue} between -100 and 1000
          else ${t.adjustmentValue} = trunc(${t.adjustmentValue}) and abs(${t.adjustmentValue}) < 'Infinity' end`,
    ),
    check(
      'property_pricing_weekend_check',
      sql`${t.ruleType} <> 'weekend' or coalesce(cardinality(${t.daysOfWeek}), 0) > 0`,
    ),
    check(
      'property_pricing_seasonal_check',
      sql`${t.ruleType} <> 'seasonal' or ${t.validDuring} is not null`,
    ),
    check(
      'property_pricing_length_of_stay_check',
      sql`${t.ruleType} <> 'length_of_stay' or ${t.minNights} is not null`,
    ),
    check(
      'property_pricing_days_before_check',
      sql`${t.ruleType} not in ('last_minute', 'early_bird') or ${t.daysBeforeCheckin} is not null`,
    ),
    check(
      'property_pricing_occupancy_check',
      sql`${t.ruleType} <> 'occupancy' or ${t.minGuests} is not null`,
    ),
  ],
);

export type PropertyPricing = typeof propertyPricing.$inferSelect;
export type NewPropertyPricing = typeof propertyPricing.$inferInsert;

export const propertyPricingRelations = relations(propertyPricing, ({ one }) => ({
  property: one(properties, { fields: [propertyPricing.propertyId], references: [properties.id] }),
}));
