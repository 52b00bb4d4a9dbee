import { mediaFiles } from '@touriquest/content/schema';
import { relations } from 'drizzle-orm';
import { poiArExperiences } from './poi-ar-experiences';
import { poiAudioGuides } from './poi-audio-guides';
import { poiCategories } from './poi-categories';
import { poiImages } from './poi-images';
import { poiOpeningHours } from './poi-opening-hours';
import { poiSlugHistory } from './poi-slug-history';
import { poiTranslations } from './poi-translations';
import { pois } from './pois';

export const poisRelations = relations(pois, ({ one, many }) => ({
  category: one(poiCategories, { fields: [pois.categoryId], references: [poiCategories.id] }),
  images: many(poiImages),
  audioGuides: many(poiAudioGuides),
  arExperiences: many(poiArExperiences),
  translations: many(poiTranslations),
  openingHours: many(poiOpeningHours),
  slugHistory: many(poiSlugHistory),
}));

export const poiCategoriesRelations = relations(poiCategories, ({ one, many }) => ({
  parent: one(poiCategories, {
    fields: [poiCategories.parentId],
    references: [poiCategories.id],
    relationName: 'poi_category_parent',
  }),
  children: many(poiCategories, { relationName: 'poi_category_parent' }),
  pois: many(pois),
}));

export const poiImagesRelations = relations(poiImages, ({ one }) => ({
  poi: one(pois, { fields: [poiImages.poiId], references: [pois.id] }),
  media: one(mediaFiles, { fields: [poiImages.mediaId], references: [mediaFiles.id] }),
}));

export const poiAudioGuidesRelations = relations(poiAudioGuides, ({ one }) => ({
  poi: one(pois, { fields: [poiAudioGuides.poiId], references: [pois.id] }),
  media: one(mediaFiles, { fields: [poiAudioGuides.mediaId], references: [mediaFiles.id] }),
}));

export const poiArExperiencesRelations = relations(poiArExperiences, ({ one }) => ({
  poi: one(pois, { fields: [poiArExperiences.poiId], references: [pois.id] }),
  asset: one(mediaFiles, { fields: [poiArExperiences.assetMediaId], references: [mediaFiles.id] }),
}));

export const poiTranslationsRelations = relations(poiTranslations, ({ one }) => ({
  poi: one(pois, { fields: [poiTranslations.poiId], references: [pois.id] }),
}));

export const poiOpeningHoursRelations = relations(poiOpeningHours, ({ one }) => ({
  poi: one(pois, { fields: [poiOpeningHours.poiId], references: [pois.id] }),
}));

export const poiSlugHistoryRelations = relations(poiSlugHistory, ({ one }) => ({
  poi: one(pois, { fields: [poiSlugHistory.poiId], references: [pois.id] }),
}));
