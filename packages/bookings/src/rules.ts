import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const bookingsRules = {
  bookings_confirmed_at_check: 'a confirmed, completed or no-show booking needs confirmed_at',
  bookings_cancelled_at_check: 'a cancelled booking needs cancelled_at',
  bookings_no_overlap_excl:
    'these dates overlap another booking of this property (held, confirmed or already stayed)',
  bookings_blocked_dates_check: 'the host has blocked some of these dates',
  bookings_nights_check: "the number of nights is outside the property's minimum/maximum stay",
  bookings_guests_check: "more guests than the property's max_guests",
  bookings_property_bookable_check: 'this property is not open for booking',
  bookings_status_transition_check: 'this booking status change is not allowed',
  bookings_total_check: 'total must equal subtotal + fees + taxes - discount',
  bookings_dates_check: 'check-out must be after check-in',
  bookings_hold_check: 'a pending booking needs hold_expires_at, and only a pending one',
  booking_payments_idempotency_key_key: 'a payment with this idempotency key exists already',
  booking_payments_idempotency_key_check: 'an idempotency key is 8-255 printable characters without spaces',
  payment_transactions_idempotency_key_check:
    'an idempotency key is 8-255 printable characters without spaces',
  payment_transactions_append_only: 'the payment ledger is append-only',
  payment_transactions_single_owner_check:
    'a ledger row belongs to exactly one booking payment or experience booking',
  payment_transactions_refund_exceeds_capture_check: 'refunds cannot exceed what was captured',
  payment_transactions_currency_check: 'a ledger row must be in its payment’s currency',
  booking_cancellations_booking_id_key: 'this booking is already cancelled',
  booking_cancellations_refund_within_paid_check: 'the refund exceeds what was paid for this booking',
  experience_bookings_capacity_check: 'not enough seats left on this schedule',
  experience_bookings_schedule_open_check: 'this schedule is cancelled',
  booking_messages_sender_check: "only the booking's guest and the property's host can write here",
  property_availability_booked_dates_check: 'these dates are already booked and cannot be blocked',
} as const satisfies Record<string, string>;

describeRules(bookingsRules);
