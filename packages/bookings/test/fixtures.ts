import { experienceCategories, experienceSchedules, experiences } from '@touriquest/experiences';
import { type NewProperty, properties } from '@touriquest/properties';
import type { TestDb } from '@touriquest/testing';
import { users } from '@touriquest/users';
import { bookings, type NewBooking } from '../src';

let seq = 0;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Unique names: test files share one database per engine. */
export function uniq(prefix = 'b') {
  seq += 1;
  return `${prefix}_${run}_${seq}`;
}

export async function makeUser(db: TestDb, role: 'traveler' | 'host' = 'traveler') {
  const name = uniq(role === 'host' ? 'h' : 'g');
  const [u] = await db
    .insert(users)
    .values({ email: `${name}@example.com`, username: name, role })
    .returning();
  return u!;
}

export async function makeProperty(db: TestDb, over: Partial<NewProperty> = {}) {
  const host = await makeUser(db, 'host');
  const [p] = await db
    .insert(properties)
    .values({
      hostId: host.id,
      type: 'riad',
      title: 'Riad Dar Atlas',
      slug: uniq('riad').replace(/_/g, '-'),
      location: { lon: -7.9811, lat: 31.6295 },
      city: 'Marrakesh',
      countryCode: 'MA',
      maxGuests: 4,
      basePriceMinor: 10_000,
      currency: 'EUR',
      status: 'active',
      minNights: 1,
      maxNights: 14,
      ...over,
    })
    .returning();
  return p!;
}

/** A valid booking row (2 nights at 100.00 EUR) with any field overridden. */
export function bookingRow(propertyId: string, guestId: string, over: Partial<NewBooking> = {}): NewBooking {
  const status = over.status ?? 'confirmed';
  return {
    propertyId,
    guestId,
    checkIn: '2027-03-10',
    checkOut: '2027-03-12',
    adults: 2,
    subtotalMinor: 20_000,
    totalMinor: 20_000,
    currency: 'EUR',
    status,
    holdExpiresAt: status === 'pending' ? new Date(Date.now() + 15 * 60_000) : null,
    ...over,
  };
}

export async function makeBooking(
  db: TestDb,
  propertyId: string,
  guestId: string,
  over: Partial<NewBooking> = {},
) {
  const [b] = await db
    .insert(bookings)
    .values(bookingRow(propertyId, guestId, over))
    .returning();
  return b!;
}

/** An active experience (owned by a new host) with one schedule of `capacity` seats on 2027-05-01. */
export async function makeSchedule(db: TestDb, capacity: number, experience: Record<string, unknown> = {}) {
  const host = await makeUser(db, 'host');
  const slug = uniq('hiking').replace(/_/g, '-');
  const [category] = await db
    .insert(experienceCategories)
    .values({ name: 'Hiking', slug } as never)
    .returning();
  const [e] = await db
    .insert(experiences)
    .values({
      hostId: host.id,
      title: 'Atlas sunrise hike',
      categoryId: category!.id,
      slug: uniq('hike').replace(/_/g, '-'),
      location: { lon: -7.9, lat: 31.2 },
      countryCode: 'MA',
      durationMinutes: 240,
      minParticipants: 1,
      maxParticipants: Math.max(capacity, 1),
      priceMinor: 4_500,
      currency: 'EUR',
      status: 'active',
      ...experience,
    } as never)
    .returning();
  const [s] = await db
    .insert(experienceSchedules)
    .values({
      experienceId: e!.id,
      startsAt: new Date('2027-05-01T05:00:00Z'),
      endsAt: new Date('2027-05-01T09:00:00Z'),
      capacity,
    } as never)
    .returning();
  return s!;
}
