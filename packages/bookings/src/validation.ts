import { currencyCodeSchema, metadataSchema } from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { bookings } from './schema/bookings';
import { bookingCancellations, bookingMessages, bookingModifications } from './schema/changes';
import { experienceBookings } from './schema/experience-bookings';
import { bookingPayments, paymentTransactions } from './schema/payments';

// Each refinement mirrors a CHECK of the same name; callbacks keep drizzle-zod's optional/nullable rules.
const isoDate = () => z.iso.date('dates are ISO yyyy-mm-dd');
const minor = () => z.number().int('amounts are integer minor units').min(0);
const generated = { id: true, createdAt: true, updatedAt: true } as const;

const bookingFields = {
  reference: () => z.string().regex(/^TQ-[0-9A-Z]{8}$/, 'reference looks like TQ-7K3M9QXA'),
  checkIn: isoDate,
  checkOut: isoDate,
  adults: () => z.number().int().min(1, 'at least one adult'),
  children: () => z.number().int().min(0),
  infants: () => z.number().int().min(0),
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
  .refine((b) => (b.status ?? 'pending') !== 'pending' || b.holdExpiresAt != null, {
    message: 'a pending booking needs hold_expires_at (bookings_hold_check)',
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
  idempotencyKey: (s) => s.min(8, 'idempotency_key must be at least 8 characters'),
}).omit({ ...generated, capturedMinor: true, refundedMinor: true });
export const updateBookingPaymentSchema = createUpdateSchema(bookingPayments).omit({
  ...generated,
  idempotencyKey: true,
});
export const selectBookingPaymentSchema = createSelectSchema(bookingPayments);

export const insertPaymentTransactionSchema = createInsertSchema(paymentTransactions, {
  amountMinor: () => z.number().int().positive('ledger amounts are positive; the kind gives the direction'),
  currency: () => currencyCodeSchema,
  rawResponse: () => metadataSchema,
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
}).omit(generated);
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
    z.number().int().positive('participants must be positive (experience_bookings_participants_check)'),
  totalMinor: minor,
  currency: () => currencyCodeSchema,
}).omit(generated);
export const updateExperienceBookingSchema = createUpdateSchema(experienceBookings, {
  participants: () => z.number().int().positive(),
}).omit(generated);
export const selectExperienceBookingSchema = createSelectSchema(experienceBookings);
