import { id, timestamps, timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { amenityCategoryEnum } from './enums';
import { properties } from './properties';

/** The catalog every listing picks its amenities from; `code` is the stable key apps and seeds use. */
export const amenities = pgTable(
  'amenities',
  {
    ...id(),
    code: text().notNull(),
    name: text().notNull(),
    category: amenityCategoryEnum().notNull().default('other'),
    icon: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('amenities_code_key').on(t.code),
    index('amenities_category_idx').on(t.category),
    check('amenities_code_check', sql`${t.code} ~ '^[a-z0-9_]{2,64}$'`),
    check('amenities_name_check', sql`length(btrim(${t.name})) between 1 and 100`),
  ],
);

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

export type Amenity = typeof amenities.$inferSelect;
export type NewAmenity = typeof amenities.$inferInsert;
export type PropertyAmenity = typeof propertyAmenities.$inferSelect;
export type NewPropertyAmenity = typeof propertyAmenities.$inferInsert;
