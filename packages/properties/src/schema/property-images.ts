import { mediaFiles } from '@touriquest/content/schema';
import { id, timestamps } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { properties } from './properties';

/** A listing's photos, in order; the file itself is a content `media_files` row. */
export const propertyImages = pgTable(
  'property_images',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
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
    // At most one cover per property.
    uniqueIndex('property_images_cover_key').on(t.propertyId).where(sql`${t.isCover}`),
    // Reordering is "update sort_order" one row at a time, so a unique position would make swaps fail
    // midway; the gallery orders by (sort_order, created_at) instead.
    index('property_images_property_id_sort_order_idx').on(t.propertyId, t.sortOrder),
    index('property_images_media_id_idx').on(t.mediaId),
    check('property_images_sort_order_check', sql`${t.sortOrder} >= 0`),
    check('property_images_caption_check', sql`length(${t.caption}) <= 500`),
  ],
);

export type PropertyImage = typeof propertyImages.$inferSelect;
export type NewPropertyImage = typeof propertyImages.$inferInsert;
