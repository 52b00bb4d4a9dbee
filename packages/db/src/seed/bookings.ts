import {
  bookingMessages,
  bookingPayments,
  bookings,
  experienceBookings,
  paymentTransactions,
} from '@touriquest/bookings';
import { properties } from '@touriquest/properties';
import { and, eq, isNull } from 'drizzle-orm';
import type { SeedModule } from './context';

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
  },
};
