// Value lists shared by the pgEnums and the zod schemas.
export const bookingStatuses = [
  'pending',
  'confirmed',
  'cancelled',
  'completed',
  'no_show',
  'expired',
] as const;
/** Statuses that hold the property's dates (the exclusion constraint's WHERE). */
export const blockingBookingStatuses = ['pending', 'confirmed'] as const;
export const paymentMethods = ['card', 'paypal', 'bank_transfer', 'wallet', 'cash'] as const;
export const paymentStatuses = [
  'pending',
  'authorized',
  'captured',
  'partially_refunded',
  'refunded',
  'failed',
] as const;
export const transactionKinds = ['charge', 'refund', 'payout', 'fee', 'adjustment', 'chargeback'] as const;
export const modificationTypes = ['dates', 'guests', 'price', 'other'] as const;
export const modificationStatuses = ['requested', 'approved', 'rejected', 'applied'] as const;
export const refundStatuses = ['not_applicable', 'pending', 'processed', 'failed'] as const;
export const experienceBookingStatuses = ['pending', 'confirmed', 'cancelled', 'completed'] as const;

/**
 * Allowed booking status changes; everything else is refused by `bookings_status_transition_check`.
 * cancelled, completed, no_show and expired are final.
 */
export const bookingTransitions: Record<(typeof bookingStatuses)[number], readonly string[]> = {
  pending: ['confirmed', 'cancelled', 'expired'],
  confirmed: ['cancelled', 'completed', 'no_show'],
  cancelled: [],
  completed: [],
  no_show: [],
  expired: [],
};

/**
 * Share of the amount paid that a guest cancellation refunds, by property policy and days before check-in:
 * flexible — full refund up to 1 day before; moderate — full up to 5 days, half after; strict — half up to
 * 7 days, nothing after; non_refundable — nothing. A host cancellation always refunds in full.
 */
export function refundShare(policy: string, daysBeforeCheckIn: number): number {
  switch (policy) {
    case 'flexible':
      return daysBeforeCheckIn >= 1 ? 1 : 0;
    case 'moderate':
      return daysBeforeCheckIn >= 5 ? 1 : 0.5;
    case 'strict':
      return daysBeforeCheckIn >= 7 ? 0.5 : 0;
    default:
      return 0;
  }
}
