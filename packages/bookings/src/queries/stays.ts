/**
 * What services do every day with bookings, as typed functions over any Drizzle database or transaction.
 * Business rules live in the database; these functions compose them and turn violations into `BookingError`.
 */
import { type Db, preparedQuery, withRetryOnConflict } from '@touriquest/core';
import { properties, quoteStay, type StayQuote } from '@touriquest/properties';
import { and, asc, eq, gte, inArray, lt, type Placeholder, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { refundShare } from '../constants';
import { bookingCancellations } from '../schema/booking-cancellations';
import { bookingPayments } from '../schema/booking-payments';
import { type Booking, bookings } from '../schema/bookings';
import { createBookingInput } from '../validation';
import { asBookingErrors, BookingError } from './errors';

const DAY_MS = 86_400_000;

/**
 * Quote the stay with the property's pricing and create the booking in one transaction: pending and holding
 * the dates for `holdMinutes`, or — on an instant-book property — confirmed at once. The row is inserted in
 * its final state: inserting pending and then confirming made two racing guests deadlock on the exclusion
 * constraint (each new row version waits for the other's). A deadlock or serialization failure that can
 * still happen (e.g. with the host blocking dates at the same moment) is retried; if it persists the caller
 * gets `retryable`.
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
    withRetryOnConflict(() =>
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
            status: property?.instantBook ? 'confirmed' : 'pending',
            holdExpiresAt: property?.instantBook ? null : new Date(Date.now() + i.holdMinutes * 60_000),
            subtotalMinor: quote.totalMinor,
            feesMinor: i.feesMinor,
            taxesMinor: i.taxesMinor,
            discountMinor: i.discountMinor,
            totalMinor: quote.totalMinor + i.feesMinor + i.taxesMinor - i.discountMinor,
            currency: quote.currency,
            specialRequests: i.specialRequests,
          })
          .returning();
        return { booking: booking!, quote };
      }),
    ),
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

/**
 * A guest's bookings from `from` (today) on, soonest first (`bookings_guest_id_check_in_idx`). Prepared: a
 * guest's trips page and every app start ask for it.
 */
export async function upcomingBookingsForUser(
  db: Db,
  userId: string,
  opts: { from?: string; limit?: number } = {},
): Promise<Booking[]> {
  const query = preparedQuery(db, 'bookings_upcoming_for_user', (d) =>
    upcomingShape(d, sql.placeholder('userId'), sql.placeholder('from'), sql.placeholder('limit')).prepare(
      'bookings_upcoming_for_user',
    ),
  );
  return query.execute({ userId, from: opts.from ?? today(), limit: opts.limit ?? 50 });
}

/** The query behind `upcomingBookingsForUser` (exported so its plan can be checked). */
export function upcomingBookingsQuery(db: Db, userId: string, opts: { from?: string; limit?: number } = {}) {
  return upcomingShape(db, userId, opts.from ?? today(), opts.limit ?? 50);
}

const today = () => new Date().toISOString().slice(0, 10);

function upcomingShape(
  db: Db,
  userId: string | Placeholder,
  from: string | Placeholder,
  limit: number | Placeholder,
) {
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
    .limit(limit);
}

/** A property's bookings that start within [from, to) (`bookings_property_id_check_in_idx`). */
export function propertyBookingsInWindow(db: Db, propertyId: string, from: string, to: string) {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.propertyId, propertyId), gte(bookings.checkIn, from), lt(bookings.checkIn, to)))
    .orderBy(asc(bookings.checkIn));
}
