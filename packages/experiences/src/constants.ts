// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const experienceDifficulties = ['easy', 'moderate', 'challenging', 'extreme'] as const;
export const experienceStatuses = ['draft', 'active', 'paused', 'archived'] as const;
export const scheduleStatuses = ['open', 'full', 'cancelled'] as const;
export const requirementKinds = ['min_age', 'max_age', 'fitness', 'equipment', 'document', 'skill'] as const;

export type ExperienceDifficulty = (typeof experienceDifficulties)[number];
export type ExperienceStatus = (typeof experienceStatuses)[number];
export type ScheduleStatus = (typeof scheduleStatuses)[number];
export type RequirementKind = (typeof requirementKinds)[number];

export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
