import {
  currencyCodeSchema,
  geoPointSchema,
  largeJsonObjectSchema,
  metadataSchema,
  searchTextSchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { bookingCancellations } from './schema/booking-cancellations';
import { bookingMessages } from './schema/booking-messages';
import { bookingModifications } from './schema/booking-modifications';
import { bookingPayments } from './schema/booking-payments';
import { bookings } from './schema/bookings';
import { experienceBookings } from './schema/experience-bookings';
import { paymentTransactions } from './schema/payment-transactions';

// Each refinement mirrors a CHECK of the same name; callbacks keep drizzle-zod's optional/nullable rules.
const isoDate = () => z.iso.date('dates are ISO yyyy-mm-dd');
const minor = () => z.number().int('amounts are integer minor units').min(0);
const generated = { id: true, createdAt: true, updatedAt: true } as const;
// Guest and seat counts are smallint columns: a fresh z.number() must keep the type's upper bound.
const SMALLINT_MAX = 32_767;
/** `<table>_idempotency_key_check`: 8-255 printable characters without spaces (a uuid, a Stripe key). */
export const IDEMPOTENCY_KEY_PATTERN = /^[!-~]{8,255}$/;
const idempotencyKey = () =>
  z.string().regex(IDEMPOTENCY_KEY_PATTERN, 'idempotency_key is 8-255 printable characters without spaces');

const bookingFields = {
  // Left out or null, the database generates it (bookings_reference_trg).
  reference: () =>
    z
      .string()
      .regex(/^TQ-[0-9A-Z]{8}$/, 'reference looks like TQ-7K3M9QXA')
      .nullish()
      .transform((v) => v ?? undefined),
  checkIn: isoDate,
  checkOut: isoDate,
  adults: () => z.number().int().min(1, 'at least one adult').max(SMALLINT_MAX),
  children: () => z.number().int().min(0).max(SMALLINT_MAX),
  infants: () => z.number().int().min(0).max(SMALLINT_MAX),
  subtotalMinor: minor,
  feesMinor: minor,
  taxesMinor: minor,
  discountMinor: minor,
  totalMinor: minor,
  currency: () => currencyCodeSchema,
  metadata: () => metadataSchema,
};

export const insertBookingSchema = createInsertSchema(bookings, bookingFields)
  .omit({ ...generated, createdBy: true, updatedBy: true, confirmedAt: true, cancelledAt: true })
  .refine((b) => b.checkOut > b.checkIn, {
    message: 'check-out must be after check-in (bookings_dates_check)',
    path: ['checkOut'],
  })
  // confirmed_at/cancelled_at are the database's to stamp, so a new booking starts pending or confirmed
  // (a completed, no-show or cancelled row inserted without its timestamp fails bookings_confirmed_at_check
  // or bookings_cancelled_at_check; later statuses come from the status machine).
  .refine((b) => ['pending', 'confirmed'].includes(b.status ?? 'pending'), {
    message:
      'a new booking is pending or confirmed; later statuses are transitions (bookings_confirmed_at_check, bookings_cancelled_at_check)',
    path: ['status'],
  })
  .refine((b) => ((b.status ?? 'pending') === 'pending') === (b.holdExpiresAt != null), {
    message: 'a pending booking has hold_expires_at, and only a pending one (bookings_hold_check)',
    path: ['holdExpiresAt'],
  })
  // bookings_hold_expired_check: a hold that has already lapsed holds nothing (the database judges by the
  // statement's clock; a hold a few milliseconds ahead may still lapse on the way there).
  .refine((b) => b.holdExpiresAt == null || b.holdExpiresAt > new Date(), {
    message: 'the hold must end in the future (bookings_hold_expired_check)',
    path: ['holdExpiresAt'],
  })
  .refine(
    (b) =>
      b.totalMinor === b.subtotalMinor + (b.feesMinor ?? 0) + (b.taxesMinor ?? 0) - (b.discountMinor ?? 0),
    {
      message: 'total must equal subtotal + fees + taxes - discount (bookings_total_check)',
      path: ['totalMinor'],
    },
  );
export const updateBookingSchema = createUpdateSchema(bookings, bookingFields).omit({
  ...generated,
  reference: true,
});
export const selectBookingSchema = createSelectSchema(bookings);

export const insertBookingPaymentSchema = createInsertSchema(bookingPayments, {
  amountMinor: () => z.number().int().positive('amount must be positive (booking_payments_amount_check)'),
  currency: () => currencyCodeSchema,
  idempotencyKey,
})
  .omit({ ...generated, capturedMinor: true, refundedMinor: true })
  // Captured and refunded amounts are the ledger's (payment_transactions), so a new payment starts with
  // nothing captured: it cannot be written as captured or refunded (booking_payments_status_amounts_check).
  .refine((p) => !['captured', 'partially_refunded', 'refunded'].includes(p.status ?? 'pending'), {
    message:
      'a new payment has nothing captured yet: captured and refunded come from its ledger (booking_payments_status_amounts_check)',
    path: ['status'],
  });
export const updateBookingPaymentSchema = createUpdateSchema(bookingPayments).omit({
  ...generated,
  idempotencyKey: true,
});
export const selectBookingPaymentSchema = createSelectSchema(bookingPayments);

export const insertPaymentTransactionSchema = createInsertSchema(paymentTransactions, {
  amountMinor: () => z.number().int().positive('ledger amounts are positive; the kind gives the direction'),
  currency: () => currencyCodeSchema,
  rawResponse: () => largeJsonObjectSchema,
  idempotencyKey,
})
  .omit({ id: true, occurredAt: true })
  .refine((t) => [t.bookingPaymentId, t.experienceBookingId].filter((v) => v != null).length === 1, {
    message:
      'exactly one of bookingPaymentId / experienceBookingId (payment_transactions_single_owner_check)',
  });
export const selectPaymentTransactionSchema = createSelectSchema(paymentTransactions);

const jsonObject = () => metadataSchema;
export const insertBookingModificationSchema = createInsertSchema(bookingModifications, {
  oldValues: jsonObject,
  newValues: jsonObject,
})
  .omit(generated)
  .refine((m) => ((m.status ?? 'requested') === 'requested') === (m.decidedAt == null), {
    message: 'decided_at is set exactly when the request is decided (booking_modifications_decided_check)',
    path: ['decidedAt'],
  });
export const updateBookingModificationSchema = createUpdateSchema(bookingModifications, {
  oldValues: jsonObject,
  newValues: jsonObject,
}).omit(generated);
export const selectBookingModificationSchema = createSelectSchema(bookingModifications);

export const insertBookingCancellationSchema = createInsertSchema(bookingCancellations, {
  refundMinor: minor,
}).omit(generated);
export const updateBookingCancellationSchema = createUpdateSchema(bookingCancellations, {
  refundMinor: minor,
}).omit(generated);
export const selectBookingCancellationSchema = createSelectSchema(bookingCancellations);

export const insertBookingMessageSchema = createInsertSchema(bookingMessages, {
  body: (s) => s.trim().min(1, 'a message needs a body (booking_messages_body_check)'),
}).omit(generated);
export const updateBookingMessageSchema = createUpdateSchema(bookingMessages).omit(generated);
export const selectBookingMessageSchema = createSelectSchema(bookingMessages);

export const insertExperienceBookingSchema = createInsertSchema(experienceBookings, {
  participants: () =>
    z
      .number()
      .int()
      .positive('participants must be positive (experience_bookings_participants_check)')
      .max(SMALLINT_MAX),
  totalMinor: minor,
  currency: () => currencyCodeSchema,
}).omit(generated);
export const updateExperienceBookingSchema = createUpdateSchema(experienceBookings, {
  participants: () => z.number().int().positive(),
}).omit(generated);
export const selectExperienceBookingSchema = createSelectSchema(experienceBookings);

// Inputs of the query helpers (src/queries).
export const createBookingInput = z.object({
  propertyId: z.uuid(),
  guestId: z.uuid(),
  checkIn: z.iso.date(),
  checkOut: z.iso.date(),
  adults: z.number().int().min(1),
  children: z.number().int().min(0).default(0),
  infants: z.number().int().min(0).default(0),
  /** How long the dates are held while the guest pays. */
  holdMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  feesMinor: z.number().int().min(0).default(0),
  taxesMinor: z.number().int().min(0).default(0),
  discountMinor: z.number().int().min(0).default(0),
  specialRequests: z.string().max(2000).optional(),
});

export const recordPaymentInput = z.object({
  bookingId: z.uuid(),
  amountMinor: z.number().int().positive(),
  currency: currencyCodeSchema,
  method: z.enum(['card', 'paypal', 'bank_transfer', 'wallet', 'cash']),
  provider: z.string().min(1),
  providerPaymentId: z.string().min(1).optional(),
  idempotencyKey: z.string().min(8),
});

/** One property, one stay: `isPropertyAvailable`. */
export const stayAvailabilityInput = z
  .object({ propertyId: z.uuid(), checkIn: z.iso.date(), checkOut: z.iso.date() })
  .refine((s) => s.checkOut > s.checkIn, 'check-out must be after check-in');

export const availabilitySearchInput = z
  .object({
    near: z
      .object({ lon: z.number(), lat: z.number(), radiusKm: z.number().positive().max(1000) })
      .optional(),
    city: searchTextSchema('a city').optional(),
    checkIn: z.iso.date(),
    checkOut: z.iso.date(),
    guests: z.number().int().min(1),
    currency: currencyCodeSchema.optional(),
    minPriceMinor: z.number().int().min(0).optional(),
    maxPriceMinor: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .refine((s) => (s.near === undefined) !== (s.city === undefined), 'search either near a point or in a city')
  .refine((s) => s.checkOut > s.checkIn, 'check-out must be after check-in')
  .refine((s) => !s.near || geoPointSchema.safeParse(s.near).success, 'coordinates out of range')
  .refine(
    (s) => (s.minPriceMinor === undefined && s.maxPriceMinor === undefined) || s.currency !== undefined,
    'a price range needs its currency',
  );
