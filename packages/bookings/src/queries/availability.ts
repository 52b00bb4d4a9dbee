import { type Db, primaryOf } from '@touriquest/core';
import { properties, propertyAvailability, propertyCalendar } from '@touriquest/properties';
import { and, asc, eq, getTableColumns, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { bookings } from '../schema/bookings';
import { availabilitySearchInput, stayAvailabilityInput } from '../validation';

/**
 * What makes [checkIn, checkOut) bookable at a property, as the booking itself judges it (the triggers of
 * `src/sql/rules.sql` and `quoteStay`): open for booking, check-in not before today in the property's time
 * zone, the stay's length within its limits (calendar overrides included, `tq_stay_min_nights`), no
 * confirmed booking or live hold overlapping (a lapsed hold is free: the booking expires it), no host block.
 * A property the search returns then accepts the same stay.
 */
function bookableStay(checkIn: string, checkOut: string): SQL[] {
  const stay = sql`daterange(${checkIn}::date, ${checkOut}::date, '[)')`;
  const nights = sql`(${checkOut}::date - ${checkIn}::date)`;
  return [
    eq(properties.status, 'active'),
    sql`${properties.deletedAt} is null`,
    sql`${checkIn}::date >= (statement_timestamp() at time zone ${properties.timezone})::date`,
    sql`(${properties.maxNights} is null or ${nights} <= ${properties.maxNights})`,
    // The property's own minimum unless a calendar period with its own minimum touches the stay.
    sql`case when exists (select 1 from ${propertyCalendar} c where c.property_id = ${properties.id}
                            and c.during && ${stay} and c.min_stay_override is not null)
             then tq_stay_min_nights(${properties.id}, ${stay}) <= ${nights}
             else ${properties.minNights} <= ${nights} end`,
    // status in (...) first: it is the predicate of bookings_no_overlap_excl's partial GiST index.
    sql`not exists (select 1 from ${bookings} b where b.property_id = ${properties.id}
          and b.status in ('pending', 'confirmed') and daterange(b.check_in, b.check_out, '[)') && ${stay}
          and (b.status = 'confirmed' or b.hold_expires_at > statement_timestamp()))`,
    sql`not exists (select 1 from ${propertyAvailability} a where a.property_id = ${properties.id}
          and a.status in ('blocked', 'maintenance') and a.during && ${stay})`,
  ];
}

/**
 * Access path 2: properties near a point or in a city that take the party, fit the price range, and could be
 * booked for the dates (`bookableStay`): the overlap probe uses the exclusion constraint's GiST index, the
 * host-block probe `property_availability_no_overlap_excl`'s.
 */
export function findAvailablePropertiesQuery(db: Db, input: z.input<typeof availabilitySearchInput>) {
  const s = availabilitySearchInput.parse(input);
  const where: (SQL | undefined)[] = [
    ...bookableStay(s.checkIn, s.checkOut),
    gte(properties.maxGuests, s.guests),
    s.currency ? eq(properties.currency, s.currency) : undefined,
    s.minPriceMinor !== undefined ? gte(properties.basePriceMinor, s.minPriceMinor) : undefined,
    s.maxPriceMinor !== undefined ? lte(properties.basePriceMinor, s.maxPriceMinor) : undefined,
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
 * Whether one property could be booked for [checkIn, checkOut) now (`bookableStay`): the check a booking page makes right before the
 * guest commits. Always on the primary: a replica may still show dates that were booked (or freed) a moment
 * ago. Searching (`findAvailableProperties`) may use a replica; the booking itself is guarded by
 * `bookings_no_overlap_excl` whatever a read said.
 */
export async function isPropertyAvailable(
  db: Db,
  input: z.input<typeof stayAvailabilityInput>,
): Promise<boolean> {
  const s = stayAvailabilityInput.parse(input);
  const [row] = await primaryOf(db)
    .select({ id: properties.id })
    .from(properties)
    .where(and(eq(properties.id, s.propertyId), ...bookableStay(s.checkIn, s.checkOut)));
  return row !== undefined;
}
