// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const experienceDifficulties = ['easy', 'moderate', 'challenging', 'extreme'] as const;
export const experienceStatuses = ['draft', 'active', 'paused', 'archived'] as const;
export const scheduleStatuses = ['open', 'full', 'cancelled'] as const;
export const requirementKinds = ['min_age', 'max_age', 'fitness', 'equipment', 'document', 'skill'] as const;

export type ExperienceDifficulty = (typeof experienceDifficulties)[number];
export type ExperienceStatus = (typeof experienceStatuses)[number];
export type ScheduleStatus = (typeof scheduleStatuses)[number];
export type RequirementKind = (typeof requirementKinds)[number];
