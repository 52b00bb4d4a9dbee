import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const bookingsRules = defineRules({
  bookings_confirmed_at_check: {
    code: 'invalid_input',
    message: 'a confirmed, completed or no-show booking needs confirmed_at',
  },
  bookings_cancelled_at_check: { code: 'invalid_input', message: 'a cancelled booking needs cancelled_at' },
  bookings_no_overlap_excl: {
    code: 'dates_unavailable',
    message: 'these dates overlap another booking of this property (held, confirmed or already stayed)',
  },
  bookings_blocked_dates_check: {
    code: 'blocked_by_host',
    message: 'the host has blocked some of these dates',
  },
  bookings_nights_check: {
    code: 'nights_out_of_range',
    message: "the number of nights is outside the property's minimum/maximum stay",
  },
  bookings_guests_check: {
    code: 'guests_exceed_capacity',
    message: "more guests than the property's max_guests",
  },
  bookings_property_bookable_check: {
    code: 'not_bookable',
    message: 'this property is not open for booking',
  },
  bookings_status_transition_check: {
    code: 'illegal_transition',
    message: 'this booking status change is not allowed',
  },
  bookings_total_check: {
    code: 'invalid_input',
    message: 'total must equal subtotal + fees + taxes - discount',
  },
  bookings_dates_check: { code: 'invalid_input', message: 'check-out must be after check-in' },
  bookings_hold_check: {
    code: 'invalid_input',
    message: 'a pending booking needs hold_expires_at, and only a pending one',
  },
  booking_payments_idempotency_key_key: {
    code: 'payment_conflict',
    message: 'a payment with this idempotency key exists already',
  },
  payment_transactions_append_only: { code: 'not_allowed', message: 'the payment ledger is append-only' },
  payment_transactions_single_owner_check: {
    code: 'invalid_input',
    message: 'a ledger row belongs to exactly one booking payment or experience booking',
  },
  payment_transactions_refund_exceeds_capture_check: {
    code: 'refund_too_large',
    message: 'refunds cannot exceed what was captured',
  },
  payment_transactions_currency_check: {
    code: 'invalid_input',
    message: 'a ledger row must be in its payment’s currency',
  },
  booking_cancellations_booking_id_key: {
    code: 'illegal_transition',
    message: 'this booking is already cancelled',
  },
  booking_cancellations_refund_within_paid_check: {
    code: 'refund_too_large',
    message: 'the refund exceeds what was paid for this booking',
  },
  experience_bookings_capacity_check: { code: 'sold_out', message: 'not enough seats left on this schedule' },
  experience_bookings_schedule_open_check: { code: 'sold_out', message: 'this schedule is cancelled' },
  booking_messages_sender_check: {
    code: 'invalid_input',
    message: "only the booking's guest and the property's host can write here",
  },
  property_availability_booked_dates_check: {
    code: 'conflict',
    message: 'these dates are already booked and cannot be blocked',
  },
  booking_cancellations_refund_nonnegative_check: {
    code: 'invalid_input',
    message: 'a refund cannot be negative',
  },
  booking_messages_body_check: { code: 'invalid_input', message: 'a message cannot be empty' },
  booking_modifications_decided_check: {
    code: 'invalid_input',
    message: 'a decided modification needs decided_at, and only a decided one',
  },
  booking_modifications_values_object_check: {
    code: 'invalid_input',
    message: 'old and new values must be JSON objects',
  },
  booking_payments_amount_check: { code: 'invalid_input', message: 'a payment amount is above 0' },
  booking_payments_provider_payment_id_key: {
    code: 'payment_conflict',
    message: 'this provider payment is already recorded',
  },
  booking_payments_refund_within_capture_check: {
    code: 'refund_too_large',
    message: 'captured cannot exceed the amount, nor refunded what was captured',
  },
  bookings_amounts_check: {
    code: 'invalid_input',
    message: 'subtotal, fees, taxes and discount cannot be negative',
  },
  bookings_guests_count_check: {
    code: 'invalid_input',
    message: 'a booking has at least one adult, and no negative children or infants',
  },
  bookings_metadata_object_check: {
    code: 'invalid_input',
    message: 'booking metadata must be a JSON object',
  },
  bookings_reference_check: { code: 'invalid_input', message: 'a booking reference looks like TQ-7K2M9QXA' },
  bookings_reference_key: { code: 'already_exists', message: 'this booking reference is already in use' },
  experience_bookings_participants_check: {
    code: 'invalid_input',
    message: 'an experience booking is for at least one participant',
  },
  experience_bookings_total_check: {
    code: 'invalid_input',
    message: 'an experience booking total cannot be negative',
  },
  payment_transactions_amount_check: {
    code: 'invalid_input',
    message: 'a ledger amount is above 0 (its kind says which way money moves)',
  },
  payment_transactions_idempotency_key_key: {
    code: 'payment_conflict',
    message: 'a ledger row with this idempotency key exists already',
  },
  payment_transactions_provider_transaction_id_key: {
    code: 'payment_conflict',
    message: 'this provider transaction is already recorded',
  },
  payment_transactions_raw_response_object_check: {
    code: 'invalid_input',
    message: 'a provider response must be a JSON object',
  },
  host_performance_host_id_key: { code: 'already_exists', message: 'one performance row per host' },
  bookings_hold_expired_check: {
    code: 'dates_unavailable',
    message: 'this hold has expired: the stay must be booked again',
  },
  bookings_guest_active_check: { code: 'not_allowed', message: 'a deleted or disabled account cannot book' },
  bookings_total_nonnegative_check: {
    code: 'invalid_input',
    message: 'the discount cannot exceed subtotal + fees + taxes',
  },
  booking_cancellations_booking_fixed_check: {
    code: 'not_allowed',
    message: 'a cancellation cannot be moved to another booking',
  },
  booking_payments_currency_check: {
    code: 'invalid_input',
    message: 'a payment must be in its booking’s currency',
  },
  booking_payments_status_amounts_check: {
    code: 'invalid_input',
    message: 'the payment status must match what the ledger captured and refunded',
  },
  experience_bookings_experience_active_check: {
    code: 'not_bookable',
    message: 'this experience is not open for booking',
  },
  experience_bookings_guest_active_check: {
    code: 'not_allowed',
    message: 'a deleted or disabled account cannot book',
  },
  booking_payments_idempotency_key_check: {
    code: 'invalid_input',
    message: 'an idempotency key is 8-255 printable characters without spaces',
  },
  payment_transactions_idempotency_key_check: {
    code: 'invalid_input',
    message: 'an idempotency key is 8-255 printable characters without spaces',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  booking_modifications_new_values_size_check: {
    code: 'invalid_input',
    message: 'new values must be at most 16 KiB of JSON',
  },
  booking_modifications_old_values_size_check: {
    code: 'invalid_input',
    message: 'old values must be at most 16 KiB of JSON',
  },
  bookings_metadata_size_check: { code: 'invalid_input', message: 'metadata must be at most 16 KiB of JSON' },
  payment_transactions_raw_response_size_check: {
    code: 'invalid_input',
    message: 'raw response must be at most 256 KiB of JSON',
  },
});
