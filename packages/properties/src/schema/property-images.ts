// The gallery helpers are content's API for listing tables, not part of its schema bundle.
import { galleryColumns, galleryConstraints } from '@touriquest/content';
import { mediaFiles } from '@touriquest/content/schema';
import { id } from '@touriquest/core';
import { relations } from 'drizzle-orm';
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

export const propertyImagesRelations = relations(propertyImages, ({ one }) => ({
  property: one(properties, { fields: [propertyImages.propertyId], references: [properties.id] }),
  media: one(mediaFiles, { fields: [propertyImages.mediaId], references: [mediaFiles.id] }),
}));
