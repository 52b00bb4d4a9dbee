import { audit, daterange, id, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { availabilityStatusEnum } from './enums';
import { properties } from './properties';

/**
 * Host-made blocks and openings. Ranges of one property never overlap: the exclusion constraint
 * `property_availability_no_overlap_excl` lives in logic.ts (drizzle-kit cannot express it); its GiST
 * index on (property_id, during) also serves lookups by property.
 */
export const propertyAvailability = pgTable(
  'property_availability',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    /** `[start, end)`: the end date is the first day no longer covered, as with check-out. */
    during: daterange().notNull(),
    status: availabilityStatusEnum().notNull().default('blocked'),
    note: text(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    check('property_availability_during_check', sql`not isempty(${t.during}) and not lower_inf(${t.during})`),
  ],
);

export type PropertyAvailability = typeof propertyAvailability.$inferSelect;
export type NewPropertyAvailability = typeof propertyAvailability.$inferInsert;

export const propertyAvailabilityRelations = relations(propertyAvailability, ({ one }) => ({
  property: one(properties, { fields: [propertyAvailability.propertyId], references: [properties.id] }),
}));
