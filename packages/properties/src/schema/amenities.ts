import { id, timestamps, trimmed } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { amenityCategoryEnum } from './enums';
import { propertyAmenities } from './property-amenities';

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
    check('amenities_name_check', sql`length(${trimmed(t.name)}) between 1 and 100`),
  ],
);

export type Amenity = typeof amenities.$inferSelect;
export type NewAmenity = typeof amenities.$inferInsert;

export const amenitiesRelations = relations(amenities, ({ many }) => ({
  properties: many(propertyAmenities),
}));
