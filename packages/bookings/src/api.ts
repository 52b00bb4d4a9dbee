/**
 * What services do every day with bookings, as typed functions over any Drizzle database or transaction.
 * Business rules live in the database; these functions compose them and turn violations into `BookingError`.
 */
import { currencyCodeSchema, type Db, geoPointSchema } from '@touriquest/core';
import { properties, propertyAvailability, quoteStay, type StayQuote } from '@touriquest/properties';
import { and, asc, eq, getTableColumns, gte, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { refundShare } from './constants';
import { asBookingErrors, BookingError } from './errors';
import { type Booking, bookings } from './schema/bookings';
import { bookingCancellations } from './schema/changes';
import { experienceBookings } from './schema/experience-bookings';
import { bookingPayments, paymentTransactions } from './schema/payments';

const DAY_MS = 86_400_000;

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

/**
 * Quote the stay with the property's pricing and create a pending booking holding the dates, in one
 * transaction. Instant-book properties are confirmed at once.
 */
export async function quoteAndCreateBooking(
  db: Db,
  input: z.input<typeof createBookingInput>,
): Promise<{ booking: Booking; quote: StayQuote }> {
  const parsed = createBookingInput.safeParse(input);
  if (!parsed.success)
    throw new BookingError('invalid_input', parsed.error.issues.map((i) => i.message).join('; '));
  const i = parsed.data;
  return asBookingErrors(() =>
    db.transaction(async (tx) => {
      const quote = await quoteStay(tx, {
        propertyId: i.propertyId,
        checkIn: i.checkIn,
        checkOut: i.checkOut,
        guests: i.adults + i.children,
      });
      const [property] = await tx
        .select({ instantBook: properties.instantBook })
        .from(properties)
        .where(eq(properties.id, i.propertyId));
      const [booking] = await tx
        .insert(bookings)
        .values({
          propertyId: i.propertyId,
          guestId: i.guestId,
          checkIn: i.checkIn,
          checkOut: i.checkOut,
          adults: i.adults,
          children: i.children,
          infants: i.infants,
          status: 'pending',
          holdExpiresAt: new Date(Date.now() + i.holdMinutes * 60_000),
          subtotalMinor: quote.totalMinor,
          feesMinor: i.feesMinor,
          taxesMinor: i.taxesMinor,
          discountMinor: i.discountMinor,
          totalMinor: quote.totalMinor + i.feesMinor + i.taxesMinor - i.discountMinor,
          currency: quote.currency,
          specialRequests: i.specialRequests,
        })
        .returning();
      if (property?.instantBook) {
        const [confirmed] = await tx
          .update(bookings)
          .set({ status: 'confirmed' })
          .where(eq(bookings.id, booking!.id))
          .returning();
        return { booking: confirmed!, quote };
      }
      return { booking: booking!, quote };
    }),
  );
}

export async function confirmBooking(db: Db, bookingId: string): Promise<Booking> {
  return asBookingErrors(async () => {
    const [row] = await db
      .update(bookings)
      .set({ status: 'confirmed' })
      .where(eq(bookings.id, bookingId))
      .returning();
    if (!row) throw new BookingError('not_found', `no booking ${bookingId}`);
    return row;
  });
}

/**
 * Cancel a booking, refunding by the property's cancellation policy (see `refundShare`) — in full when the
 * host cancels. Records the cancellation (which cancels the booking and frees the dates) in one transaction.
 */
export async function cancelBooking(
  db: Db,
  opts: { bookingId: string; by: string; reason?: string; today?: string },
) {
  return asBookingErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .select({ booking: bookings, policy: properties.cancellationPolicy, hostId: properties.hostId })
        .from(bookings)
        .innerJoin(properties, eq(properties.id, bookings.propertyId))
        .where(eq(bookings.id, opts.bookingId))
        .for('update', { of: bookings });
      if (!row) throw new BookingError('not_found', `no booking ${opts.bookingId}`);
      const [paid] = await tx
        .select({
          net: sql<number>`coalesce(sum(${bookingPayments.capturedMinor} - ${bookingPayments.refundedMinor}), 0)`.mapWith(
            Number,
          ),
        })
        .from(bookingPayments)
        .where(eq(bookingPayments.bookingId, opts.bookingId));
      const today = opts.today ?? new Date().toISOString().slice(0, 10);
      const daysBefore = Math.floor((Date.parse(row.booking.checkIn) - Date.parse(today)) / DAY_MS);
      const byHost = opts.by === row.hostId;
      const share = byHost ? 1 : refundShare(row.policy, daysBefore);
      const refundMinor = Math.floor((paid?.net ?? 0) * share);
      const [cancellation] = await tx
        .insert(bookingCancellations)
        .values({
          bookingId: opts.bookingId,
          cancelledBy: opts.by,
          reason: opts.reason,
          policyApplied: byHost ? 'host_cancelled' : row.policy,
          refundMinor,
          refundStatus: refundMinor > 0 ? 'pending' : 'not_applicable',
        })
        .returning();
      return { cancellation: cancellation!, refundMinor, daysBeforeCheckIn: daysBefore };
    }),
  );
}

export const recordPaymentInput = z.object({
  bookingId: z.uuid(),
  amountMinor: z.number().int().positive(),
  currency: currencyCodeSchema,
  method: z.enum(['card', 'paypal', 'bank_transfer', 'wallet', 'cash']),
  provider: z.string().min(1),
  providerPaymentId: z.string().min(1).optional(),
  idempotencyKey: z.string().min(8),
});

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

/** Take seats on an experience schedule; the database refuses an oversell (`sold_out`). */
export async function bookExperienceSeats(
  db: Db,
  opts: { scheduleId: string; userId: string; participants: number; totalMinor: number; currency: string },
) {
  if (!Number.isInteger(opts.participants) || opts.participants < 1) {
    throw new BookingError('invalid_input', 'participants must be a positive integer');
  }
  // Its own (sub)transaction: a sold-out refusal leaves the caller's transaction usable.
  return asBookingErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(experienceBookings)
        .values({ ...opts, status: 'confirmed' })
        .returning();
      return row!;
    }),
  );
}

export const availabilitySearchInput = z
  .object({
    near: z
      .object({ lon: z.number(), lat: z.number(), radiusKm: z.number().positive().max(1000) })
      .optional(),
    city: z.string().trim().min(1).optional(),
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

/**
 * Access path 2: active properties near a point or in a city that take the party, fit the price range, and
 * are free for the dates — no overlapping pending/confirmed booking (probe of the exclusion constraint's
 * GiST index) and no host block (probe of `property_availability_no_overlap_excl`'s index).
 */
export function findAvailablePropertiesQuery(db: Db, input: z.input<typeof availabilitySearchInput>) {
  const s = availabilitySearchInput.parse(input);
  const stay = sql`daterange(${s.checkIn}::date, ${s.checkOut}::date, '[)')`;
  const where: (SQL | undefined)[] = [
    eq(properties.status, 'active'),
    isNull(properties.deletedAt),
    gte(properties.maxGuests, s.guests),
    s.currency ? eq(properties.currency, s.currency) : undefined,
    s.minPriceMinor !== undefined ? gte(properties.basePriceMinor, s.minPriceMinor) : undefined,
    s.maxPriceMinor !== undefined ? lte(properties.basePriceMinor, s.maxPriceMinor) : undefined,
    sql`not exists (select 1 from ${bookings} b where b.property_id = ${properties.id}
          and b.status in ('pending', 'confirmed') and daterange(b.check_in, b.check_out, '[)') && ${stay})`,
    sql`not exists (select 1 from ${propertyAvailability} a where a.property_id = ${properties.id}
          and a.status in ('blocked', 'maintenance') and a.during && ${stay})`,
  ];
  const columns = getTableColumns(properties);
  if (s.near) {
    const point = sql`st_setsrid(st_makepoint(${s.near.lon}, ${s.near.lat}), 4326)::geography`;
    const geo = sql`(${properties.location}::geography)`;
    return (
      db
        .select({ ...columns, distanceM: sql<number>`st_distance(${geo}, ${point})`.mapWith(Number) })
        .from(properties)
        .where(and(...where, sql`st_dwithin(${geo}, ${point}, ${s.near.radiusKm * 1000})`))
        // Distance alone: a tiebreak column would stop the GiST index from yielding rows in order (KNN).
        .orderBy(sql`${geo} <-> ${point}`)
        .limit(s.limit)
    );
  }
  return db
    .select({ ...columns, distanceM: sql<null>`null::float8` })
    .from(properties)
    .where(and(...where, eq(properties.cityKey, s.city!.toLowerCase())))
    .orderBy(asc(properties.basePriceMinor), asc(properties.id))
    .limit(s.limit);
}

export async function findAvailableProperties(db: Db, input: z.input<typeof availabilitySearchInput>) {
  return findAvailablePropertiesQuery(db, input);
}

/** A guest's bookings from `from` (today) on, soonest first (`bookings_guest_id_check_in_idx`). */
export function upcomingBookingsForUser(
  db: Db,
  userId: string,
  opts: { from?: string; limit?: number } = {},
) {
  const from = opts.from ?? new Date().toISOString().slice(0, 10);
  return db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.guestId, userId),
        gte(bookings.checkIn, from),
        inArray(bookings.status, ['pending', 'confirmed']),
      ),
    )
    .orderBy(asc(bookings.checkIn))
    .limit(opts.limit ?? 50);
}

/** A property's bookings that start within [from, to) (`bookings_property_id_check_in_idx`). */
export function propertyBookingsInWindow(db: Db, propertyId: string, from: string, to: string) {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.propertyId, propertyId), gte(bookings.checkIn, from), lt(bookings.checkIn, to)))
    .orderBy(asc(bookings.checkIn));
}

/** Maintenance: expire pending bookings whose hold has lapsed; returns how many. */
export async function expireBookingHolds(db: Db): Promise<number> {
  const r = (await db.execute(sql`select tq_expire_booking_holds() as n`)) as unknown;
  const rows = Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows;
  return Number((rows[0] as { n: number }).n);
}

/** Maintenance: refresh `host_performance` without blocking readers. */
export async function refreshHostPerformance(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view concurrently host_performance`);
}
