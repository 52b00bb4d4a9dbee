import { bookings, experienceBookings } from '@touriquest/bookings';
import { experienceCategories, experienceSchedules, experiences } from '@touriquest/experiences';
import { properties } from '@touriquest/properties';
import { makeHost, makeUser, type TestDb } from '@touriquest/testing';
import type { postReview } from '../src';

let n = 0;
const run = Math.random().toString(36).slice(2, 8);
/** A fresh user (the shared harness's factories), a traveller unless `role` says host. */
export const user = (db: TestDb, role: 'traveler' | 'host' = 'traveler') =>
  role === 'host' ? makeHost(db) : makeUser(db);
export async function property(db: TestDb) {
  const host = await user(db, 'host');
  const [p] = await db
    .insert(properties)
    .values({
      hostId: host.id,
      type: 'riad',
      title: 'Riad',
      slug: `riad-rv-${run}-${++n}`,
      location: { lon: -7.98, lat: 31.63 },
      city: 'Marrakesh',
      countryCode: 'MA',
      maxGuests: 4,
      basePriceMinor: 10_000,
      currency: 'EUR',
      status: 'active',
    })
    .returning();
  return p!;
}
export async function stay(
  db: TestDb,
  propertyId: string,
  guestId: string,
  status: 'completed' | 'confirmed',
) {
  const [b] = await db
    .insert(bookings)
    .values({
      propertyId,
      guestId,
      checkIn: `2026-0${1 + (++n % 8)}-01`,
      checkOut: `2026-0${1 + (n % 8)}-03`,
      adults: 1,
      subtotalMinor: 100,
      totalMinor: 100,
      currency: 'EUR',
      status,
      confirmedAt: new Date('2025-12-01T10:00:00Z'),
    })
    .returning();
  return b!;
}
// Typed as postReview's input: sub-ratings are optional at run time (zod) but nullable-required in its type.
export const review = (propertyId: string, authorId: string, over: Record<string, unknown> = {}) =>
  ({
    propertyId,
    authorId,
    rating: 5,
    title: 'Lovely',
    body: 'A calm riad near the square.',
    locale: 'en',
    ...over,
  }) as Parameters<typeof postReview>[1];

/** An experience with one past schedule, and a booking of `seats` on it by `userId` in the given status. */
export async function experienceBooking(
  db: TestDb,
  userId: string,
  status: 'completed' | 'confirmed',
  experienceId?: string,
) {
  let expId = experienceId;
  if (!expId) {
    const host = await user(db);
    const [c] = await db
      .insert(experienceCategories)
      .values({ name: 'Food', slug: `food-rv-${run}-${++n}` })
      .returning();
    const [e] = await db
      .insert(experiences)
      .values({
        hostId: host.id,
        title: 'Medina food walk',
        slug: `food-walk-rv-${run}-${++n}`,
        categoryId: c!.id,
        location: { lon: -7.99, lat: 31.63 },
        countryCode: 'MA',
        durationMinutes: 180,
        minParticipants: 1,
        maxParticipants: 8,
        priceMinor: 4_500,
        currency: 'EUR',
        status: 'active',
      })
      .returning();
    expId = e!.id;
  }
  const [s] = await db
    .insert(experienceSchedules)
    .values({
      experienceId: expId,
      startsAt: new Date(`2026-03-${String(1 + (++n % 27)).padStart(2, '0')}T09:00:00Z`),
      endsAt: new Date(`2026-03-${String(1 + (n % 27)).padStart(2, '0')}T12:00:00Z`),
      capacity: 8,
    })
    .returning();
  const [b] = await db
    .insert(experienceBookings)
    .values({ scheduleId: s!.id, userId, participants: 2, totalMinor: 9_000, currency: 'EUR', status })
    .returning();
  return { booking: b!, experienceId: expId };
}
