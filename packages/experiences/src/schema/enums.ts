import { pgEnum } from 'drizzle-orm/pg-core';
import { experienceDifficulties, experienceStatuses, requirementKinds, scheduleStatuses } from '../constants';

export const experienceDifficultyEnum = pgEnum('experience_difficulty', experienceDifficulties);
export const experienceStatusEnum = pgEnum('experience_status', experienceStatuses);
export const experienceScheduleStatusEnum = pgEnum('experience_schedule_status', scheduleStatuses);
export const experienceRequirementKindEnum = pgEnum('experience_requirement_kind', requirementKinds);
