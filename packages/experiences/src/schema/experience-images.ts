import { mediaFiles } from '@touriquest/content/schema';
import { id, timestamps } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { experiences } from './experiences';

/** An experience's photos, in order; the file itself is a content `media_files` row. */
export const experienceImages = pgTable(
  'experience_images',
  {
    ...id(),
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
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
    uniqueIndex('experience_images_cover_key').on(t.experienceId).where(sql`${t.isCover}`),
    // Not unique: reordering one row at a time would collide midway; ties order by created_at.
    index('experience_images_experience_id_sort_order_idx').on(t.experienceId, t.sortOrder),
    index('experience_images_media_id_idx').on(t.mediaId),
    check('experience_images_sort_order_check', sql`${t.sortOrder} >= 0`),
    check('experience_images_caption_check', sql`length(${t.caption}) <= 500`),
  ],
);

export type ExperienceImage = typeof experienceImages.$inferSelect;
export type NewExperienceImage = typeof experienceImages.$inferInsert;
