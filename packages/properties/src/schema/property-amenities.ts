import { timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { amenities } from './amenities';
import { properties } from './properties';

/** One row per (property, amenity): the primary key is the "one row per amenity" rule. */
export const propertyAmenities = pgTable(
  'property_amenities',
  {
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    amenityId: uuid()
      .notNull()
      .references(() => amenities.id, { onDelete: 'restrict' }),
    details: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'property_amenities_pkey', columns: [t.propertyId, t.amenityId] }),
    // "Listings with a pool": the primary key already serves lookups by property.
    index('property_amenities_amenity_id_idx').on(t.amenityId),
    check('property_amenities_details_check', sql`length(${t.details}) <= 500`),
  ],
);

export type PropertyAmenity = typeof propertyAmenities.$inferSelect;
export type NewPropertyAmenity = typeof propertyAmenities.$inferInsert;

export const propertyAmenitiesRelations = relations(propertyAmenities, ({ one }) => ({
  property: one(properties, { fields: [propertyAmenities.propertyId], references: [properties.id] }),
  amenity: one(amenities, { fields: [propertyAmenities.amenityId], references: [amenities.id] }),
}));
