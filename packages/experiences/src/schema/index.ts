// The runtime schema of experiences: tables, enums, relations and views only (what drizzle-kit and createDb read).
export {
  experienceDifficultyEnum,
  experienceRequirementKindEnum,
  experienceScheduleStatusEnum,
  experienceStatusEnum,
} from './enums';
export { experienceCategories, experienceCategoriesRelations } from './experience-categories';
export { experienceImages, experienceImagesRelations } from './experience-images';
export { experienceRequirements, experienceRequirementsRelations } from './experience-requirements';
export { experienceSchedules, experienceSchedulesRelations } from './experience-schedules';
export { experienceSlugHistory, experienceSlugHistoryRelations } from './experience-slug-history';
export { experienceTranslations, experienceTranslationsRelations } from './experience-translations';
export { experiences, experiencesRelations } from './experiences';
