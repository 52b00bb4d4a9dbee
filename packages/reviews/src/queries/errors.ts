import { bookingsRules } from '@touriquest/bookings';
import { type BaseRuleCode, coreRules, toRuleError } from '@touriquest/core';
import { experiencesRules } from '@touriquest/experiences';
import { poiRules } from '@touriquest/poi';
import { propertiesRules } from '@touriquest/properties';
import { usersRules } from '@touriquest/users';
import { reviewsRules } from '../rules';

/** The codes a review error carries: core's shared codes plus those of `reviewsRules`. */
export type ReviewErrorCode = BaseRuleCode | 'not_verified' | 'duplicate';

export class ReviewError extends Error {
  override name = 'ReviewError';
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    readonly rule?: string,
  ) {
    super(message);
  }
}

/** The rules a review write can hit: its own, and those of the rows it points at in lower layers. */
const reviewRuleTables = [
  reviewsRules,
  bookingsRules,
  propertiesRules,
  poiRules,
  experiencesRules,
  usersRules,
  coreRules,
];

export function toReviewError(err: unknown): unknown {
  const r = toRuleError(err, reviewRuleTables);
  if (!r) return err;
  return new ReviewError(r.code as ReviewErrorCode, r.message, r.rule);
}
