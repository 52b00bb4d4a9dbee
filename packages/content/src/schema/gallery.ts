import { timestamps } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { mediaFiles } from './media-files';

/**
 * A listing's photo gallery (property_images, poi_images, experience_images): the same columns and rules
 * for every listing, so they live once, beside media_files. The caller adds only the owner column:
 *
 *   pgTable('poi_images', { ...id(), poiId: uuid().notNull().references(…), ...galleryColumns() },
 *     (t) => galleryConstraints('poi_images', 'poi_id', t.poiId, t))
 */
export const galleryColumns = () => ({
  // A file still shown in a gallery cannot be deleted from under it.
  mediaId: uuid()
    .notNull()
    .references(() => mediaFiles.id, { onDelete: 'restrict' }),
  caption: text(),
  sortOrder: integer().notNull().default(0),
  isCover: boolean().notNull().default(false),
  ...timestamps(),
});

export const galleryConstraints = (
  table: string,
  ownerColumn: string,
  owner: AnyPgColumn,
  t: { mediaId: AnyPgColumn; caption: AnyPgColumn; sortOrder: AnyPgColumn; isCover: AnyPgColumn },
) => [
  // At most one cover per listing.
  uniqueIndex(`${table}_cover_key`).on(owner).where(sql`${t.isCover}`),
  // Not unique: reordering is one row at a time and a unique position would collide midway; ties order by
  // created_at.
  index(`${table}_${ownerColumn}_sort_order_idx`).on(owner, t.sortOrder),
  index(`${table}_media_id_idx`).on(t.mediaId),
  check(`${table}_sort_order_check`, sql`${t.sortOrder} >= 0`),
  check(`${table}_caption_check`, sql`length(${t.caption}) <= 500`),
];
