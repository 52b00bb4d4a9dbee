import type { Db } from '@touriquest/core';
import { experienceBookings } from '../schema/experience-bookings';
import { asBookingErrors, BookingError } from './errors';

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
