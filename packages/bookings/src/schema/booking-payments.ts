import { currencyCode, id, minorUnits, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { paymentMethodEnum, paymentStatusEnum } from './enums';
import { paymentTransactions } from './payment-transactions';

/** A payment for a booking. `idempotency_key` makes a retried request return the same payment, never a second charge. */
export const bookingPayments = pgTable(
  'booking_payments',
  {
    ...id(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: 'restrict' }),
    amountMinor: minorUnits().notNull(),
    capturedMinor: minorUnits().notNull().default(0),
    refundedMinor: minorUnits().notNull().default(0),
    currency: currencyCode().notNull(),
    method: paymentMethodEnum().notNull(),
    status: paymentStatusEnum().notNull().default('pending'),
    provider: text().notNull(),
    providerPaymentId: text(),
    idempotencyKey: text().notNull(),
    failureReason: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('booking_payments_idempotency_key_key').on(t.idempotencyKey),
    uniqueIndex('booking_payments_provider_payment_id_key').on(t.provider, t.providerPaymentId),
    index('booking_payments_booking_id_idx').on(t.bookingId),
    check('booking_payments_amount_check', sql`${t.amountMinor} > 0`),
    // A retry must present the same key: 8-255 printable characters, no spaces (an empty key would dedupe
    // every keyless request into one).
    check('booking_payments_idempotency_key_check', sql`${t.idempotencyKey} ~ '^[!-~]{8,255}$'`),
    check(
      'booking_payments_refund_within_capture_check',
      sql`${t.refundedMinor} >= 0 and ${t.refundedMinor} <= ${t.capturedMinor} and ${t.capturedMinor} <= ${t.amountMinor} and ${t.capturedMinor} >= 0`,
    ),
    // The status says what the ledger did (captured/refunded are derived from it): a payment cannot be
    // written as captured with nothing captured, nor refunded with nothing refunded.
    check(
      'booking_payments_status_amounts_check',
      sql`case ${t.status}
            when 'captured' then ${t.capturedMinor} = ${t.amountMinor} and ${t.refundedMinor} = 0
            when 'partially_refunded' then ${t.refundedMinor} > 0 and ${t.refundedMinor} < ${t.capturedMinor}
            when 'refunded' then ${t.capturedMinor} > 0 and ${t.refundedMinor} = ${t.capturedMinor}
            else ${t.refundedMinor} = 0 end`,
    ),
  ],
);

export type BookingPayment = typeof bookingPayments.$inferSelect;
export type NewBookingPayment = typeof bookingPayments.$inferInsert;

export const bookingPaymentsRelations = relations(bookingPayments, ({ one, many }) => ({
  booking: one(bookings, { fields: [bookingPayments.bookingId], references: [bookings.id] }),
  transactions: many(paymentTransactions),
}));
