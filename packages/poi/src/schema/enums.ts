import { pgEnum } from 'drizzle-orm/pg-core';
import { arExperienceKinds, poiStatuses } from '../constants';

export const poiStatusEnum = pgEnum('poi_status', poiStatuses);
export const arExperienceKindEnum = pgEnum('poi_ar_experience_kind', arExperienceKinds);
