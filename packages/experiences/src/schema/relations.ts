import { mediaFiles } from '@touriquest/content/schema';
import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { experienceCategories } from './experience-categories';
import { experienceImages } from './experience-images';
import { experienceRequirements } from './experience-requirements';
import { experienceSchedules } from './experience-schedules';
import { experienceSlugHistory } from './experience-slug-history';
import { experienceTranslations } from './experience-translations';
import { experiences } from './experiences';

export const experiencesRelations = relations(experiences, ({ one, many }) => ({
  host: one(users, { fields: [experiences.hostId], references: [users.id] }),
  category: one(experienceCategories, {
    fields: [experiences.categoryId],
    references: [experienceCategories.id],
  }),
  schedules: many(experienceSchedules),
  requirements: many(experienceRequirements),
  images: many(experienceImages),
  translations: many(experienceTranslations),
  slugHistory: many(experienceSlugHistory),
}));

export const experienceCategoriesRelations = relations(experienceCategories, ({ one, many }) => ({
  parent: one(experienceCategories, {
    fields: [experienceCategories.parentId],
    references: [experienceCategories.id],
    relationName: 'experience_category_parent',
  }),
  children: many(experienceCategories, { relationName: 'experience_category_parent' }),
  experiences: many(experiences),
}));

export const experienceSchedulesRelations = relations(experienceSchedules, ({ one }) => ({
  experience: one(experiences, { fields: [experienceSchedules.experienceId], references: [experiences.id] }),
}));

export const experienceRequirementsRelations = relations(experienceRequirements, ({ one }) => ({
  experience: one(experiences, {
    fields: [experienceRequirements.experienceId],
    references: [experiences.id],
  }),
}));

export const experienceImagesRelations = relations(experienceImages, ({ one }) => ({
  experience: one(experiences, { fields: [experienceImages.experienceId], references: [experiences.id] }),
  media: one(mediaFiles, { fields: [experienceImages.mediaId], references: [mediaFiles.id] }),
}));

export const experienceTranslationsRelations = relations(experienceTranslations, ({ one }) => ({
  experience: one(experiences, {
    fields: [experienceTranslations.experienceId],
    references: [experiences.id],
  }),
}));

export const experienceSlugHistoryRelations = relations(experienceSlugHistory, ({ one }) => ({
  experience: one(experiences, {
    fields: [experienceSlugHistory.experienceId],
    references: [experiences.id],
  }),
}));
