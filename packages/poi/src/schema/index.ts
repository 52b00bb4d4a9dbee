// The runtime schema of poi: tables, enums, relations and views only (what drizzle-kit and createDb read).
export { arExperienceKindEnum, poiStatusEnum } from './enums';
export { poiArExperiences, poiArExperiencesRelations } from './poi-ar-experiences';
export { poiAudioGuides, poiAudioGuidesRelations } from './poi-audio-guides';
export { poiCategories, poiCategoriesRelations } from './poi-categories';
export { poiImages, poiImagesRelations } from './poi-images';
export { poiOpeningHours, poiOpeningHoursRelations } from './poi-opening-hours';
export { poiSlugHistory, poiSlugHistoryRelations } from './poi-slug-history';
export { poiTranslations, poiTranslationsRelations } from './poi-translations';
export { pois, poisRelations } from './pois';
