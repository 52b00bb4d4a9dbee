// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  type ArExperienceKind,
  type ArPlatform,
  arExperienceKinds,
  arPlatforms,
  type PoiStatus,
  poiStatuses,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { poiLogic, poiRenderedSql } from './logic';
// Queries: categories
export { poiCategorySubtreeIds, poisInCategoryTree } from './queries/categories';
// Queries: images
export { listPoiImages, setPoiCoverImage } from './queries/images';
// Queries: opening hours
export { isPoiOpen } from './queries/opening-hours';
// Queries: search
export { type PoiNearHit, poisNear, poisNearQuery } from './queries/search';
// Queries: slugs
export { findPoiBySlug, type PoiSlugLookup } from './queries/slugs';
// Every rule this package raises: its error code and the sentence a service shows
export { poiRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/poi/schema`)
export { arExperienceKindEnum, poiStatusEnum } from './schema/enums';
export {
  type NewPoiArExperience,
  type PoiArExperience,
  poiArExperiences,
  poiArExperiencesRelations,
} from './schema/poi-ar-experiences';
export {
  type NewPoiAudioGuide,
  type PoiAudioGuide,
  poiAudioGuides,
  poiAudioGuidesRelations,
} from './schema/poi-audio-guides';
export {
  type NewPoiCategory,
  type PoiCategory,
  poiCategories,
  poiCategoriesRelations,
} from './schema/poi-categories';
export { type NewPoiImage, type PoiImage, poiImages, poiImagesRelations } from './schema/poi-images';
export {
  type NewPoiOpeningHours,
  type PoiOpeningHours,
  poiOpeningHours,
  poiOpeningHoursRelations,
} from './schema/poi-opening-hours';
export { type PoiSlugHistory, poiSlugHistory, poiSlugHistoryRelations } from './schema/poi-slug-history';
export {
  type NewPoiTranslation,
  type PoiTranslation,
  poiTranslations,
  poiTranslationsRelations,
} from './schema/poi-translations';
export { type NewPoi, type Poi, pois, poisRelations } from './schema/pois';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  insertPoiArExperienceSchema,
  insertPoiAudioGuideSchema,
  insertPoiCategorySchema,
  insertPoiImageSchema,
  insertPoiOpeningHoursSchema,
  insertPoiSchema,
  insertPoiTranslationSchema,
  type PoisNear,
  poisNearSchema,
  selectPoiArExperienceSchema,
  selectPoiAudioGuideSchema,
  selectPoiCategorySchema,
  selectPoiImageSchema,
  selectPoiOpeningHoursSchema,
  selectPoiSchema,
  selectPoiTranslationSchema,
  updatePoiArExperienceSchema,
  updatePoiAudioGuideSchema,
  updatePoiCategorySchema,
  updatePoiImageSchema,
  updatePoiOpeningHoursSchema,
  updatePoiSchema,
  updatePoiTranslationSchema,
} from './validation';
