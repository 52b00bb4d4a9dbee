import { pgEnum } from 'drizzle-orm/pg-core';
import { reviewStatuses } from '../constants';

export const reviewStatusEnum = pgEnum('review_status', reviewStatuses);
