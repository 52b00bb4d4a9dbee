import { type Db, primaryOf } from '@touriquest/core';
import { properties, propertyAvailability } from '@touriquest/properties';
import { and, asc, eq, getTableColumns, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { bookings } from '../schema/bookings';
import { availabilitySearchInput, stayAvailabilityInput } from '../validation';

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

/**
 * Whether one property is bookable (active) and free for [checkIn, checkOut) now: the check a booking page makes right before the
 * guest commits. Always on the primary: a replica may still show dates that were booked (or freed) a moment
 * ago. Searching (`findAvailableProperties`) may use a replica; the booking itself is guarded by
 * `bookings_no_overlap_excl` whatever a read said.
 */
export async function isPropertyAvailable(
  db: Db,
  input: z.input<typeof stayAvailabilityInput>,
): Promise<boolean> {
  const s = stayAvailabilityInput.parse(input);
  const stay = sql`daterange(${s.checkIn}::date, ${s.checkOut}::date, '[)')`;
  const [row] = await primaryOf(db)
    .select({ id: properties.id })
    .from(properties)
    .where(
      and(
        eq(properties.id, s.propertyId),
        eq(properties.status, 'active'),
        isNull(properties.deletedAt),
        sql`not exists (select 1 from ${bookings} b where b.property_id = ${properties.id}
              and b.status in ('pending', 'confirmed') and daterange(b.check_in, b.check_out, '[)') && ${stay})`,
        sql`not exists (select 1 from ${propertyAvailability} a where a.property_id = ${properties.id}
              and a.status in ('blocked', 'maintenance') and a.during && ${stay})`,
      ),
    );
  return row !== undefined;
}
