// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  type ExperienceDifficulty,
  type ExperienceStatus,
  experienceDifficulties,
  experienceStatuses,
  type RequirementKind,
  requirementKinds,
  type ScheduleStatus,
  scheduleStatuses,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { experiencesLogic, experiencesRenderedSql } from './logic';
// Queries: categories
export { experienceCategorySubtreeIds, experiencesInCategoryTree } from './queries/categories';
// Queries: schedules
export { openSchedulesNear, openSchedulesNearQuery } from './queries/schedules';
// Queries: slugs
export { type ExperienceSlugLookup, findExperienceBySlug } from './queries/slugs';
// Every rule this package raises: its error code and the sentence a service shows
export { experiencesRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/experiences/schema`)
export {
  experienceDifficultyEnum,
  experienceRequirementKindEnum,
  experienceScheduleStatusEnum,
  experienceStatusEnum,
} from './schema/enums';
export {
  type ExperienceCategory,
  experienceCategories,
  experienceCategoriesRelations,
  type NewExperienceCategory,
} from './schema/experience-categories';
export {
  type ExperienceImage,
  experienceImages,
  experienceImagesRelations,
  type NewExperienceImage,
} from './schema/experience-images';
export {
  type ExperienceRequirement,
  experienceRequirements,
  experienceRequirementsRelations,
  type NewExperienceRequirement,
} from './schema/experience-requirements';
export {
  type ExperienceSchedule,
  experienceSchedules,
  experienceSchedulesRelations,
  type NewExperienceSchedule,
} from './schema/experience-schedules';
export {
  type ExperienceSlugHistory,
  experienceSlugHistory,
  experienceSlugHistoryRelations,
} from './schema/experience-slug-history';
export {
  type ExperienceTranslation,
  experienceTranslations,
  experienceTranslationsRelations,
  type NewExperienceTranslation,
} from './schema/experience-translations';
export { type Experience, experiences, experiencesRelations, type NewExperience } from './schema/experiences';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  insertExperienceCategorySchema,
  insertExperienceImageSchema,
  insertExperienceRequirementSchema,
  insertExperienceScheduleSchema,
  insertExperienceSchema,
  insertExperienceTranslationSchema,
  type OpenSchedulesNear,
  openSchedulesNearSchema,
  selectExperienceCategorySchema,
  selectExperienceImageSchema,
  selectExperienceRequirementSchema,
  selectExperienceScheduleSchema,
  selectExperienceSchema,
  selectExperienceTranslationSchema,
  updateExperienceCategorySchema,
  updateExperienceImageSchema,
  updateExperienceRequirementSchema,
  updateExperienceScheduleSchema,
  updateExperienceSchema,
  updateExperienceTranslationSchema,
} from './validation';
