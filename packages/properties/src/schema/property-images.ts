import { galleryColumns, galleryConstraints } from '@touriquest/content/schema';
import { id } from '@touriquest/core';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { properties } from './properties';

/** A listing's photos, in order; the file itself is a content `media_files` row (columns and rules: content's gallery). */
export const propertyImages = pgTable(
  'property_images',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    ...galleryColumns(),
  },
  (t) => galleryConstraints('property_images', 'property_id', t.propertyId, t),
);

export type PropertyImage = typeof propertyImages.$inferSelect;
export type NewPropertyImage = typeof propertyImages.$inferInsert;
