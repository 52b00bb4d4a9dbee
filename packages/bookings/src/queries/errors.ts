import { toRuleError } from '@touriquest/core';
import { QuoteError } from '@touriquest/properties';

export type BookingErrorCode =
  | 'dates_unavailable'
  | 'blocked_by_host'
  | 'guests_exceed_capacity'
  | 'nights_out_of_range'
  | 'not_bookable'
  | 'illegal_transition'
  | 'sold_out'
  | 'payment_conflict'
  | 'refund_too_large'
  | 'not_found'
  | 'invalid_input'
  /** A deadlock or serialization failure outlasted the retries: nothing was written, try again. */
  | 'retryable';

/** What a service shows a guest: a stable `code`, the database `rule` behind it, and a sentence. */
export class BookingError extends Error {
  override name = 'BookingError';
  constructor(
    readonly code: BookingErrorCode,
    message: string,
    readonly rule?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const ruleCodes: Record<string, BookingErrorCode> = {
  bookings_no_overlap_excl: 'dates_unavailable',
  bookings_blocked_dates_check: 'blocked_by_host',
  bookings_guests_check: 'guests_exceed_capacity',
  bookings_nights_check: 'nights_out_of_range',
  bookings_property_bookable_check: 'not_bookable',
  bookings_status_transition_check: 'illegal_transition',
  experience_bookings_capacity_check: 'sold_out',
  experience_bookings_schedule_open_check: 'sold_out',
  payment_transactions_refund_exceeds_capture_check: 'refund_too_large',
  booking_cancellations_refund_within_paid_check: 'refund_too_large',
  booking_cancellations_booking_id_key: 'illegal_transition',
};

const quoteCodes: Record<string, BookingErrorCode> = {
  min_nights: 'nights_out_of_range',
  max_nights: 'nights_out_of_range',
  guests: 'guests_exceed_capacity',
  not_bookable: 'not_bookable',
  property_not_found: 'not_found',
  invalid_dates: 'invalid_input',
};

/** Translate database rule violations and quote errors into `BookingError`; rethrow anything else. */
export function toBookingError(err: unknown): unknown {
  if (err instanceof BookingError) return err;
  if (err instanceof QuoteError)
    return new BookingError(quoteCodes[err.code] ?? 'invalid_input', err.message, undefined, err);
  const rule = toRuleError(err);
  if (!rule) return err;
  if (rule.kind === 'serialization')
    return new BookingError(
      'retryable',
      'the database rolled this back to resolve a conflict with a concurrent change (deadlock or serialization failure); nothing was written and it is safe to try again',
      rule.code,
      err,
    );
  return new BookingError(ruleCodes[rule.rule] ?? 'invalid_input', rule.message, rule.rule, err);
}

export async function asBookingErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toBookingError(err);
  }
}
