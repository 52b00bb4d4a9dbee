import { audit, daterange, id, minorUnits, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { properties } from './properties';

/**
 * Special days and events: a fixed nightly price or a multiplier of the base price (exactly one), and
 * optionally a minimum stay for stays touching those nights. Rows of one property never overlap
 * (`property_calendar_no_overlap_excl`, logic.ts), so a night has at most one override.
 */
export const propertyCalendar = pgTable(
  'property_calendar',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    /** One day is `[d, d+1)`. */
    during: daterange().notNull(),
    eventName: text(),
    priceOverrideMinor: minorUnits(),
    priceMultiplier: numeric({ precision: 6, scale: 3 }),
    minStayOverride: integer(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    check(
      'property_calendar_during_check',
      sql`not isempty(${t.during}) and not lower_inf(${t.during}) and not upper_inf(${t.during})`,
    ),
    check(
      'property_calendar_one_price_check',
      sql`num_nonnulls(${t.priceOverrideMinor}, ${t.priceMultiplier}) = 1`,
    ),
    check('property_calendar_price_override_minor_check', sql`${t.priceOverrideMinor} >= 0`),
    // < 'Infinity' also refuses NaN, which PostgreSQL sorts above every number (so NaN > 0 holds).
    check(
      'property_calendar_price_multiplier_check',
      sql`${t.priceMultiplier} > 0 and ${t.priceMultiplier} < 'Infinity'`,
    ),
    check('property_calendar_min_stay_override_check', sql`${t.minStayOverride} >= 1`),
  ],
);

export type PropertyCalendarDay = typeof propertyCalendar.$inferSelect;
export type NewPropertyCalendarDay = typeof propertyCalendar.$inferInsert;

export const propertyCalendarRelations = relations(propertyCalendar, ({ one }) => ({
  property: one(properties, { fields: [propertyCalendar.propertyId], references: [properties.id] }),
}));
