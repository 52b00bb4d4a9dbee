import { mediaFiles } from '@touriquest/content/schema';
import { id, timestamps } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { pois } from './pois';

/** A POI's photos, in order; the file itself is a content `media_files` row. */
export const poiImages = pgTable(
  'poi_images',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    // A file still shown in a gallery cannot be deleted from under it.
    mediaId: uuid()
      .notNull()
      .references(() => mediaFiles.id, { onDelete: 'restrict' }),
    caption: text(),
    sortOrder: integer().notNull().default(0),
    isCover: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('poi_images_cover_key').on(t.poiId).where(sql`${t.isCover}`),
    // Not unique: reordering one row at a time would collide midway; ties order by created_at.
    index('poi_images_poi_id_sort_order_idx').on(t.poiId, t.sortOrder),
    index('poi_images_media_id_idx').on(t.mediaId),
    check('poi_images_sort_order_check', sql`${t.sortOrder} >= 0`),
    check('poi_images_caption_check', sql`length(${t.caption}) <= 500`),
  ],
);

export type PoiImage = typeof poiImages.$inferSelect;
export type NewPoiImage = typeof poiImages.$inferInsert;
