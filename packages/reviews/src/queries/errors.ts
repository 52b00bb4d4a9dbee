import { toRuleError } from '@touriquest/core';

export class ReviewError extends Error {
  override name = 'ReviewError';
  constructor(
    readonly code: 'invalid_input' | 'not_verified' | 'duplicate' | 'not_found',
    message: string,
    readonly rule?: string,
  ) {
    super(message);
  }
}

export function toReviewError(err: unknown): unknown {
  const r = toRuleError(err);
  if (!r) return err;
  if (r.rule === 'reviews_verified_stay_check' || r.rule === 'reviews_verified_experience_check')
    return new ReviewError('not_verified', r.message, r.rule);
  if (
    r.rule === 'reviews_author_id_booking_id_key' ||
    r.rule === 'reviews_author_id_experience_booking_id_key'
  )
    return new ReviewError('duplicate', r.message, r.rule);
  return new ReviewError('invalid_input', r.message, r.rule);
}
