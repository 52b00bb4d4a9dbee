import type { Db } from '@touriquest/core';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { bookingPayments } from '../schema/booking-payments';
import { paymentTransactions } from '../schema/payment-transactions';
import { recordPaymentInput } from '../validation';
import { asBookingErrors, BookingError } from './errors';

/**
 * Record a payment once per idempotency key: a retried request returns the payment already recorded and
 * charges nothing new; a retry that disagrees on the amount is refused rather than silently merged.
 */
export async function recordPayment(db: Db, input: z.input<typeof recordPaymentInput>) {
  const i = recordPaymentInput.parse(input);
  return asBookingErrors(async () => {
    const inserted = await db
      .insert(bookingPayments)
      .values({ ...i, status: 'pending' })
      .onConflictDoNothing({ target: bookingPayments.idempotencyKey })
      .returning();
    if (inserted[0]) return { payment: inserted[0], replayed: false };
    const [existing] = await db
      .select()
      .from(bookingPayments)
      .where(eq(bookingPayments.idempotencyKey, i.idempotencyKey));
    if (
      !existing ||
      existing.bookingId !== i.bookingId ||
      existing.amountMinor !== i.amountMinor ||
      existing.currency !== i.currency
    ) {
      throw new BookingError(
        'payment_conflict',
        'this idempotency key was used for a different payment',
        'booking_payments_idempotency_key_key',
      );
    }
    return { payment: existing, replayed: true };
  });
}

/** Append a ledger row (charge, refund, …) to a payment; the database keeps refunds within captures. */
export async function recordPaymentTransaction(
  db: Db,
  t: {
    bookingPaymentId: string;
    kind: 'charge' | 'refund' | 'chargeback' | 'fee' | 'payout' | 'adjustment';
    amountMinor: number;
    currency: string;
    provider: string;
    providerTransactionId: string;
    idempotencyKey: string;
    rawResponse?: Record<string, unknown>;
  },
) {
  return asBookingErrors(async () => {
    const [row] = await db
      .insert(paymentTransactions)
      .values({ ...t, rawResponse: t.rawResponse ?? {} })
      .onConflictDoNothing({ target: paymentTransactions.idempotencyKey })
      .returning();
    return (
      row ??
      (
        await db
          .select()
          .from(paymentTransactions)
          .where(eq(paymentTransactions.idempotencyKey, t.idempotencyKey))
      )[0]!
    );
  });
}
