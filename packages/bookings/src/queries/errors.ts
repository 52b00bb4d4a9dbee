import { type BaseRuleCode, coreRules, toRuleError } from '@touriquest/core';
import { experiencesRules } from '@touriquest/experiences';
import { propertiesRules, QuoteError } from '@touriquest/properties';
import { usersRules } from '@touriquest/users';
import { bookingsRules } from '../rules';

/** The rules a booking write can hit: its own, and those of the rows it touches in lower layers. */
const bookingRuleTables = [bookingsRules, propertiesRules, experiencesRules, usersRules, coreRules];

/** The codes a booking error carries: core's shared codes plus the booking-specific ones of `bookingsRules`. */
export type BookingErrorCode =
  | BaseRuleCode
  | 'dates_unavailable'
  | 'blocked_by_host'
  | 'guests_exceed_capacity'
  | 'nights_out_of_range'
  | 'not_bookable'
  | 'illegal_transition'
  | 'sold_out'
  | 'payment_conflict'
  | 'refund_too_large';

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
  const rule = toRuleError(err, bookingRuleTables);
  if (!rule) return err;
  if (rule.kind === 'serialization')
    return new BookingError(
      'retryable',
      'the database rolled this back to resolve a conflict with a concurrent change (deadlock or serialization failure); nothing was written and it is safe to try again',
      rule.sqlState,
      err,
    );
  return new BookingError(bookingErrorCode(rule.code), rule.message, rule.rule, err);
}

const bookingErrorCodes: ReadonlySet<string> = new Set<BookingErrorCode>([
  'dates_unavailable',
  'blocked_by_host',
  'guests_exceed_capacity',
  'nights_out_of_range',
  'not_bookable',
  'illegal_transition',
  'sold_out',
  'payment_conflict',
  'refund_too_large',
  'invalid_input',
  'already_exists',
  'conflict',
  'not_found',
  'not_allowed',
  'retryable',
]);

/** A rules-table code as a BookingErrorCode (a code this union does not know becomes invalid_input). */
function bookingErrorCode(code: string): BookingErrorCode {
  return bookingErrorCodes.has(code) ? (code as BookingErrorCode) : 'invalid_input';
}

export async function asBookingErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toBookingError(err);
  }
}
