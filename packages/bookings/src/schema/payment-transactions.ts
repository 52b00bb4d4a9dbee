import { currencyCode, id, jsonSizeCheck, limits, minorUnits, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookingPayments } from './booking-payments';
import { transactionKindEnum } from './enums';
import { experienceBookings } from './experience-bookings';

/**
 * The money ledger: append-only (UPDATE/DELETE/TRUNCATE refused by trigger). Each row belongs to exactly one
 * booking payment or one experience booking (an exclusive arc of real foreign keys).
 */
export const paymentTransactions = pgTable(
  'payment_transactions',
  {
    ...id(),
    bookingPaymentId: uuid(),
    experienceBookingId: uuid(),
    kind: transactionKindEnum().notNull(),
    amountMinor: minorUnits().notNull(),
    currency: currencyCode().notNull(),
    provider: text().notNull(),
    providerTransactionId: text().notNull(),
    idempotencyKey: text().notNull(),
    rawResponse: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    jsonSizeCheck('payment_transactions', 'raw_response', t.rawResponse, limits.largeJsonBytes),
    foreignKey({
      name: 'payment_transactions_booking_payment_fk',
      columns: [t.bookingPaymentId],
      foreignColumns: [bookingPayments.id],
    }),
    foreignKey({
      name: 'payment_transactions_experience_booking_fk',
      columns: [t.experienceBookingId],
      foreignColumns: [experienceBookings.id],
    }),
    uniqueIndex('payment_transactions_provider_transaction_id_key').on(t.providerTransactionId),
    uniqueIndex('payment_transactions_idempotency_key_key').on(t.idempotencyKey),
    index('payment_transactions_booking_payment_id_idx').on(t.bookingPaymentId),
    index('payment_transactions_experience_booking_id_idx').on(t.experienceBookingId),
    check(
      'payment_transactions_single_owner_check',
      sql`num_nonnulls(${t.bookingPaymentId}, ${t.experienceBookingId}) = 1`,
    ),
    check('payment_transactions_amount_check', sql`${t.amountMinor} > 0`),
    check('payment_transactions_idempotency_key_check', sql`${t.idempotencyKey} ~ '^[!-~]{8,255}$'`),
    check('payment_transactions_raw_response_object_check', sql`jsonb_typeof(${t.rawResponse}) = 'object'`),
  ],
);

export type PaymentTransaction = typeof paymentTransactions.$inferSelect;
export type NewPaymentTransaction = typeof paymentTransactions.$inferInsert;

export const paymentTransactionsRelations = relations(paymentTransactions, ({ one }) => ({
  bookingPayment: one(bookingPayments, {
    fields: [paymentTransactions.bookingPaymentId],
    references: [bookingPayments.id],
  }),
  experienceBooking: one(experienceBookings, {
    fields: [paymentTransactions.experienceBookingId],
    references: [experienceBookings.id],
  }),
}));
