import {
  bookingCancellations,
  bookingMessages,
  bookingModifications,
  bookingPayments,
  bookings,
  cancelBooking,
  experienceBookings,
  paymentTransactions,
  recordPaymentTransaction,
} from '@touriquest/bookings';
import { type Db, sql, withActor } from '@touriquest/core';
import { properties, quoteStay } from '@touriquest/properties';
import { and, eq, isNull } from 'drizzle-orm';
import type { SeedContext, SeedModule } from './context';

/** Bookings per scale are capped: each one passes the stay triggers, which cost a few lookups per row. */
const maxBookedProperties = { tiny: 40, small: 300, medium: 2_000, large: 8_000 } as const;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Two stays per active property: one completed last summer, one confirmed next summer. The dates avoid the
 * host blocks the properties seeder made (first week of January–June 2027) and each other, nights respect
 * min_nights, and every row goes through the database's rules; each is paid in full through the ledger.
 */
export const bookingsSeed: SeedModule = {
  name: 'bookings',
  needs: ['bookings', 'bookingPayments', 'paymentTransactions'],
  async run(ctx) {
    const users = ctx.ids.users ?? [];
    if (!users.length) return;
    const listed = await ctx.db
      .select({
        id: properties.id,
        hostId: properties.hostId,
        minNights: properties.minNights,
        maxGuests: properties.maxGuests,
        price: properties.basePriceMinor,
        currency: properties.currency,
      })
      .from(properties)
      .where(and(eq(properties.status, 'active'), isNull(properties.deletedAt)))
      .orderBy(properties.slug)
      .limit(maxBookedProperties[ctx.scale]);
    const rows = listed.flatMap((p, i) => {
      const guests = users.filter((u) => u !== p.hostId);
      const guestId = guests[(i * 7) % guests.length]!;
      const nights = p.minNights + 1;
      const past = addDays('2026-06-01', (i * 3) % 120);
      const future = addDays('2027-07-01', (i * 5) % 150);
      const stay = (checkIn: string, status: 'completed' | 'confirmed') => ({
        propertyId: p.id,
        guestId,
        checkIn,
        checkOut: addDays(checkIn, nights),
        adults: 1,
        status,
        // Both were confirmed before the seed's "today": a completed stay went through confirmed (the state
        // machine), and host_performance counts confirmed_at as acceptance. Fixed dates, not the clock.
        confirmedAt: new Date(
          `${status === 'completed' ? addDays(checkIn, -40) : addDays('2026-10-01', i % 30)}T10:00:00Z`,
        ),
        subtotalMinor: p.price * nights,
        totalMinor: p.price * nights,
        currency: p.currency,
        reference: `TQ-S${String(i * 2 + (status === 'completed' ? 0 : 1)).padStart(7, '0')}`,
      });
      return [stay(past, 'completed'), stay(future, 'confirmed')];
    });
    const bookingIds = await ctx.insert(bookings, rows);
    ctx.ids.bookings = bookingIds;
    ctx.ids.completedBookings = bookingIds.filter((_, i) => rows[i]!.status === 'completed');
    const paymentIds = await ctx.insert(
      bookingPayments,
      rows.map((b, i) => ({
        bookingId: bookingIds[i]!,
        amountMinor: b.totalMinor,
        currency: b.currency,
        method: 'card' as const,
        provider: 'stripe',
        providerPaymentId: `pi_seed_${ctx.seed}_${i}`,
        idempotencyKey: `seed-${ctx.seed}-payment-${i}`,
      })),
    );
    await ctx.insert(
      paymentTransactions,
      rows.map((b, i) => ({
        bookingPaymentId: paymentIds[i]!,
        kind: 'charge' as const,
        amountMinor: b.totalMinor,
        currency: b.currency,
        provider: 'stripe',
        providerTransactionId: `ch_seed_${ctx.seed}_${i}`,
        idempotencyKey: `seed-${ctx.seed}-charge-${i}`,
        rawResponse: { status: 'succeeded' },
      })),
      { returnIds: false },
    );
    // Seats on the experience schedules: a few travellers per schedule, through the seat-keeping triggers.
    const schedules = ctx.ids.schedules ?? [];
    await ctx.insert(
      experienceBookings,
      schedules.flatMap((scheduleId, i) =>
        Array.from({ length: 1 + (i % 3) }, (_, k) => ({
          scheduleId,
          userId: users[(i * 5 + k) % users.length]!,
          participants: 1 + ((i + k) % 2),
          totalMinor: 2_500 * (1 + ((i + k) % 2)),
          currency: 'EUR',
          status: 'confirmed' as const,
        })),
      ),
      { returnIds: false },
    );
    const threads = listed.slice(0, Math.ceil(listed.length / 4));
    await ctx.insert(
      bookingMessages,
      threads.flatMap((p, i) => [
        {
          bookingId: bookingIds[i * 2 + 1]!,
          senderId: rows[i * 2 + 1]!.guestId,
          body: ctx.faker.lorem.sentence(),
        },
        { bookingId: bookingIds[i * 2 + 1]!, senderId: p.hostId, body: 'Welcome! Check-in is from 15:00.' },
      ]),
      { returnIds: false },
    );
    const future = listed.map((p, i) => ({
      property: p,
      i,
      id: bookingIds[i * 2 + 1]!,
      paymentId: paymentIds[i * 2 + 1]!,
      row: rows[i * 2 + 1]!,
    }));
    await cancelSome(
      ctx,
      future.filter(({ i }) => i % 10 === 3),
    );
    await modifySome(
      ctx,
      future.filter(({ i }) => i % 5 === 1),
    );
  },
};

/** `withActor` over the seed's connection (core restores the previous actor when the block ends). */
export function asActor<T>(ctx: SeedContext, actorId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return withActor(ctx.db as Db, actorId, fn);
}

type FutureStay = {
  property: { id: string; hostId: string; maxGuests: number };
  i: number;
  id: string;
  paymentId: string;
  row: { guestId: string; checkIn: string; checkOut: string; adults: number; currency: string };
};

/** The seed's "today" for changes to next summer's stays: early November, after last summer's stays. */
const changesFrom = '2026-11-02';

/**
 * One future stay in ten is cancelled through `cancelBooking` (the policy computes the refund; the trigger
 * cancels the booking and frees its dates), mostly by the guest, every third by the host (full refund). The
 * provider's refund then lands in the ledger and marks the cancellation processed, except for every
 * fourth, whose refund is still in flight. `today` is passed, not read from the clock, so refunds are stable.
 */
async function cancelSome(ctx: SeedContext, stays: FutureStay[]) {
  const reasons = [
    'plans changed',
    'flight cancelled',
    'travel dates moved',
    'found a place closer to friends',
  ];
  for (const [k, { property, i, id, paymentId, row }] of stays.entries()) {
    const byHost = k % 3 === 2;
    const by = byHost ? property.hostId : row.guestId;
    const { cancellation, refundMinor } = await asActor(ctx, by, (tx) =>
      cancelBooking(tx, {
        bookingId: id,
        by,
        reason: byHost ? 'the property needs urgent repairs' : ctx.faker.helpers.arrayElement(reasons),
        today: addDays(changesFrom, k % 20),
      }),
    );
    if (refundMinor === 0 || k % 4 === 3) continue;
    await recordPaymentTransaction(ctx.db, {
      bookingPaymentId: paymentId,
      kind: 'refund',
      amountMinor: refundMinor,
      currency: row.currency,
      provider: 'stripe',
      providerTransactionId: `re_seed_${ctx.seed}_${i}`,
      idempotencyKey: `seed-${ctx.seed}-refund-${i}`,
      rawResponse: { status: 'succeeded' },
    });
    await ctx.db
      .update(bookingCancellations)
      .set({ refundStatus: 'processed' })
      .where(eq(bookingCancellations.id, cancellation.id));
  }
}

/**
 * Change requests on one future stay in five, as production writes them (the package has no helper for
 * this yet): the guest asks (a 'requested' row under the guest as actor), the host decides a day later.
 * An applied change moves the stay a week (same weekdays, so the same nightly prices) or adds an adult,
 * and the booking update passes the stay rules again (overlap, nights, guests) and emits booking.modified.
 * The price difference is the property's own quote for the new terms minus the quote for the old ones.
 */
async function modifySome(ctx: SeedContext, stays: FutureStay[]) {
  const outcomes = ['applied', 'applied', 'requested', 'rejected'] as const;
  for (const [k, { property, id, row }] of stays.entries()) {
    const status = outcomes[k % 4]!;
    const guests = (k + Math.floor(k / 4)) % 2 === 1 && property.maxGuests > row.adults;
    const next = guests
      ? { checkIn: row.checkIn, checkOut: row.checkOut, adults: row.adults + 1 }
      : { checkIn: addDays(row.checkIn, 7), checkOut: addDays(row.checkOut, 7), adults: row.adults };
    const requestedOn = addDays(changesFrom, k % 20);
    const quote = ({ checkIn, checkOut, adults }: typeof next) =>
      quoteStay(ctx.db, {
        propertyId: property.id,
        checkIn,
        checkOut,
        guests: adults,
        bookingDate: requestedOn,
      }).then((q) => q.totalMinor);
    const diff = (await quote(next)) - (await quote(row));
    const values = (s: typeof next) =>
      guests ? { adults: s.adults } : { check_in: s.checkIn, check_out: s.checkOut };
    const [mod] = await asActor(ctx, row.guestId, (tx) =>
      tx
        .insert(bookingModifications)
        .values({
          bookingId: id,
          requestedBy: row.guestId,
          changeType: guests ? 'guests' : 'dates',
          oldValues: values(row),
          newValues: values(next),
          priceDifferenceMinor: diff,
          createdAt: new Date(`${requestedOn}T09:30:00Z`),
        })
        .returning({ id: bookingModifications.id }),
    );
    if (status === 'requested') continue;
    await asActor(ctx, property.hostId, async (tx) => {
      await tx
        .update(bookingModifications)
        .set({ status, decidedAt: new Date(`${addDays(requestedOn, 1)}T08:00:00Z`) })
        .where(eq(bookingModifications.id, mod!.id));
      if (status !== 'applied') return;
      await tx
        .update(bookings)
        .set({
          ...next,
          subtotalMinor: sql`${bookings.subtotalMinor} + ${diff}`,
          totalMinor: sql`${bookings.totalMinor} + ${diff}`,
        })
        .where(eq(bookings.id, id));
    });
  }
}
