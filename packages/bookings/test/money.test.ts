import { describeEngines, expectRule } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  BookingError,
  bookingCancellations,
  bookingMessages,
  bookingPayments,
  bookings,
  cancelBooking,
  paymentTransactions,
  recordPayment,
  recordPaymentTransaction,
} from '../src';
import { makeBooking, makeProperty, makeUser, uniq } from './fixtures';

async function paidBooking(
  tx: Parameters<typeof makeBooking>[0],
  opts: { policy?: 'flexible' | 'moderate' | 'strict' | 'non_refundable'; checkIn?: string } = {},
) {
  const p = await makeProperty(tx, { cancellationPolicy: opts.policy ?? 'moderate' });
  const g = await makeUser(tx);
  const b = await makeBooking(tx, p.id, g.id, {
    checkIn: opts.checkIn ?? '2027-03-10',
    checkOut: '2027-03-12',
  });
  const { payment } = await recordPayment(tx, {
    bookingId: b.id,
    amountMinor: 20_000,
    currency: 'EUR',
    method: 'card',
    provider: 'stripe',
    idempotencyKey: uniq('pay'),
  });
  await recordPaymentTransaction(tx, {
    bookingPaymentId: payment.id,
    kind: 'charge',
    amountMinor: 20_000,
    currency: 'EUR',
    provider: 'stripe',
    providerTransactionId: uniq('ch'),
    idempotencyKey: uniq('chk'),
  });
  return { p, g, b, payment };
}

describeEngines('payments and cancellations', (ctx) => {
  it('records a retried payment once, and refuses a retry that disagrees', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const b = await makeBooking(tx, p.id, g.id);
      const request = {
        bookingId: b.id,
        amountMinor: 20_000,
        currency: 'EUR',
        method: 'card' as const,
        provider: 'stripe',
        idempotencyKey: uniq('idem'),
      };
      const first = await recordPayment(tx, request);
      const retry = await recordPayment(tx, request);
      expect(first.replayed).toBe(false);
      expect(retry).toMatchObject({ replayed: true, payment: { id: first.payment.id } });
      const rows = await tx.select().from(bookingPayments).where(eq(bookingPayments.bookingId, b.id));
      expect(rows).toHaveLength(1);
      await expect(recordPayment(tx, { ...request, amountMinor: 1 })).rejects.toMatchObject({
        code: 'payment_conflict',
      });
    }));

  it('keeps the ledger append-only and refunds within what was captured', () =>
    ctx.rollback(async (tx) => {
      const { payment } = await paidBooking(tx);
      const [captured] = await tx.select().from(bookingPayments).where(eq(bookingPayments.id, payment.id));
      expect(captured).toMatchObject({ capturedMinor: 20_000, status: 'captured' });
      const refund = (amountMinor: number) => ({
        bookingPaymentId: payment.id,
        kind: 'refund' as const,
        amountMinor,
        currency: 'EUR',
        provider: 'stripe',
        providerTransactionId: uniq('re'),
        idempotencyKey: uniq('rek'),
      });
      await tx.insert(paymentTransactions).values(refund(5_000));
      const [partly] = await tx.select().from(bookingPayments).where(eq(bookingPayments.id, payment.id));
      expect(partly).toMatchObject({ refundedMinor: 5_000, status: 'partially_refunded' });
      await expectRule(tx, 'payment_transactions_refund_exceeds_capture_check', (sp) =>
        sp.insert(paymentTransactions).values(refund(15_001)),
      );
      await expectRule(tx, 'payment_transactions_append_only', (sp) =>
        sp
          .update(paymentTransactions)
          .set({ amountMinor: 1 })
          .where(eq(paymentTransactions.bookingPaymentId, payment.id)),
      );
      await expectRule(tx, 'payment_transactions_append_only', (sp) =>
        sp.delete(paymentTransactions).where(eq(paymentTransactions.bookingPaymentId, payment.id)),
      );
      await expectRule(tx, 'payment_transactions_single_owner_check', (sp) =>
        sp.insert(paymentTransactions).values({ ...refund(1), bookingPaymentId: null }),
      );
      await expectRule(tx, 'payment_transactions_currency_check', (sp) =>
        sp.insert(paymentTransactions).values({ ...refund(1), currency: 'USD' }),
      );
    }));

  it('cancels by the property policy, once, refunding at most what was paid, and frees the dates', () =>
    ctx.rollback(async (tx) => {
      // Moderate policy, cancelled 4 days before check-in: half back.
      const { b, g, p } = await paidBooking(tx, { policy: 'moderate', checkIn: '2027-03-10' });
      const result = await cancelBooking(tx, {
        bookingId: b.id,
        by: g.id,
        reason: 'plans changed',
        today: '2027-03-06',
      });
      expect(result).toMatchObject({ refundMinor: 10_000, daysBeforeCheckIn: 4 });
      const [after] = await tx.select().from(bookings).where(eq(bookings.id, b.id));
      expect(after!.status).toBe('cancelled');
      await makeBooking(tx, p.id, g.id, { checkIn: '2027-03-10', checkOut: '2027-03-12' });
      await expect(cancelBooking(tx, { bookingId: b.id, by: g.id })).rejects.toBeInstanceOf(BookingError);
      await expectRule(tx, 'booking_cancellations_booking_id_key', (sp) =>
        sp
          .insert(bookingCancellations)
          .values({ bookingId: b.id, cancelledBy: g.id, policyApplied: 'moderate' }),
      );
      // The host cancelling refunds in full; asking for more than was paid is refused.
      const second = await paidBooking(tx, { policy: 'strict' });
      await expectRule(tx, 'booking_cancellations_refund_within_paid_check', (sp) =>
        sp.insert(bookingCancellations).values({
          bookingId: second.b.id,
          cancelledBy: second.g.id,
          policyApplied: 'strict',
          refundMinor: 20_001,
        }),
      );
      const byHost = await cancelBooking(tx, {
        bookingId: second.b.id,
        by: second.p.hostId,
        today: '2027-03-09',
      });
      expect(byHost.refundMinor).toBe(20_000);
    }));

  it('lets only the guest and the host write in a booking thread', () =>
    ctx.rollback(async (tx) => {
      const { b, g, p } = await paidBooking(tx);
      const stranger = await makeUser(tx);
      await tx.insert(bookingMessages).values({ bookingId: b.id, senderId: g.id, body: 'Arriving at 18:00' });
      await tx.insert(bookingMessages).values({ bookingId: b.id, senderId: p.hostId, body: 'Welcome!' });
      await expectRule(tx, 'booking_messages_sender_check', (sp) =>
        sp.insert(bookingMessages).values({ bookingId: b.id, senderId: stranger.id, body: 'hi' }),
      );
      await expectRule(tx, 'booking_messages_body_check', (sp) =>
        sp.insert(bookingMessages).values({ bookingId: b.id, senderId: g.id, body: '   ' }),
      );
      const thread = await tx
        .select()
        .from(bookingMessages)
        .where(eq(bookingMessages.bookingId, b.id))
        .orderBy(bookingMessages.createdAt, bookingMessages.id);
      expect(thread.map((m) => m.body)).toEqual(['Arriving at 18:00', 'Welcome!']);
    }));

  it('computes host performance from known bookings', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const confirmed = await makeBooking(tx, p.id, g.id, { checkIn: '2027-01-01', checkOut: '2027-01-04' });
      const cancelled = await makeBooking(tx, p.id, g.id, { checkIn: '2027-02-01', checkOut: '2027-02-03' });
      await tx.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, cancelled.id));
      const declined = await makeBooking(tx, p.id, g.id, {
        checkIn: '2027-03-01',
        checkOut: '2027-03-02',
        status: 'pending',
      });
      await tx.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, declined.id));
      await tx.insert(bookingMessages).values([
        { bookingId: confirmed.id, senderId: g.id, body: 'Question' },
        { bookingId: confirmed.id, senderId: p.hostId, body: 'Answer' },
        { bookingId: cancelled.id, senderId: g.id, body: 'Unanswered' },
      ]);
      await tx.execute(sql`refresh materialized view host_performance`);
      const rows = (await tx.execute(
        sql`select * from host_performance where host_id = ${p.hostId}`,
      )) as unknown;
      const [row] = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Record<
        string,
        unknown
      >[];
      // 3 requests, 2 ever confirmed (2/3), 1 of those cancelled (1/2), 1 of 2 guest threads answered, 3 nights.
      expect(Number(row!.requests)).toBe(3);
      expect(Number(row!.accepted)).toBe(2);
      expect(Number(row!.acceptance_rate)).toBeCloseTo(0.6667, 4);
      expect(Number(row!.cancellation_rate)).toBe(0.5);
      expect(Number(row!.response_rate)).toBe(0.5);
      expect(Number(row!.nights_booked)).toBe(3);
    }));
});
