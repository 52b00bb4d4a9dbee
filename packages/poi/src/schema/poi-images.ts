// The gallery helpers are content's API for listing tables, not part of its schema bundle.
import { galleryColumns, galleryConstraints } from '@touriquest/content';
import { mediaFiles } from '@touriquest/content/schema';
import { id } from '@touriquest/core';
import { relations } from 'drizzle-orm';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { pois } from './pois';

/** A POI's photos, in order; the file itself is a content `media_files` row (columns and rules: content's gallery). */
export const poiImages = pgTable(
  'poi_images',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    ...galleryColumns(),
  },
  (t) => galleryConstraints('poi_images', 'poi_id', t.poiId, t),
);

export type PoiImage = typeof poiImages.$inferSelect;
export type NewPoiImage = typeof poiImages.$inferInsert;

export const poiImagesRelations = relations(poiImages, ({ one }) => ({
  poi: one(pois, { fields: [poiImages.poiId], references: [pois.id] }),
  media: one(mediaFiles, { fields: [poiImages.mediaId], references: [mediaFiles.id] }),
}));
