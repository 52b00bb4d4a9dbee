// The gallery helpers are content's API for listing tables, not part of its schema bundle.
import { galleryColumns, galleryConstraints } from '@touriquest/content';
import { mediaFiles } from '@touriquest/content/schema';
import { id } from '@touriquest/core';
import { relations } from 'drizzle-orm';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { experiences } from './experiences';

/** An experience's photos, in order; the file itself is a content `media_files` row (columns and rules: content's gallery). */
export const experienceImages = pgTable(
  'experience_images',
  {
    ...id(),
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    ...galleryColumns(),
  },
  (t) => galleryConstraints('experience_images', 'experience_id', t.experienceId, t),
);

export type ExperienceImage = typeof experienceImages.$inferSelect;
export type NewExperienceImage = typeof experienceImages.$inferInsert;

export const experienceImagesRelations = relations(experienceImages, ({ one }) => ({
  experience: one(experiences, { fields: [experienceImages.experienceId], references: [experiences.id] }),
  media: one(mediaFiles, { fields: [experienceImages.mediaId], references: [mediaFiles.id] }),
}));
