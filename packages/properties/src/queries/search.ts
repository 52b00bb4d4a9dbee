import type { Db } from '@touriquest/core';
import { and, asc, eq, getTableColumns, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { type Property, properties } from '../schema/properties';
import { type PropertySearch, propertySearchSchema } from '../validation';

export type PropertySearchHit = Property & { distanceM: number | null };

/**
 * Access path 2 (listing part): active, live properties near a point (nearest first, served by the GiST
 * index `properties_location_idx`) or in a city (cheapest first, `properties_city_price_idx`), that take the
 * party and fit the price range. Date availability against bookings is the bookings package's filter.
 */
const propertyColumns = getTableColumns(properties);

export async function searchProperties(db: Db, params: PropertySearch): Promise<PropertySearchHit[]> {
  return searchPropertiesQuery(db, params);
}

/** The query behind `searchProperties`, unexecuted (for EXPLAIN, or to compose). */
export function searchPropertiesQuery(db: Db, params: PropertySearch) {
  const s = propertySearchSchema.parse(params);
  const where: (SQL | undefined)[] = [
    eq(properties.status, 'active'),
    isNull(properties.deletedAt),
    gte(properties.maxGuests, s.guests),
    s.currency ? eq(properties.currency, s.currency) : undefined,
    s.minPriceMinor !== undefined ? gte(properties.basePriceMinor, s.minPriceMinor) : undefined,
    s.maxPriceMinor !== undefined ? lte(properties.basePriceMinor, s.maxPriceMinor) : undefined,
  ];
  if (s.near) {
    const point = sql`st_setsrid(st_makepoint(${s.near.lon}, ${s.near.lat}), 4326)::geography`;
    const geo = sql`(${properties.location}::geography)`;
    return db
      .select({ ...propertyColumns, distanceM: sql<number>`st_distance(${geo}, ${point})`.mapWith(Number) })
      .from(properties)
      .where(and(...where, sql`st_dwithin(${geo}, ${point}, ${s.near.radiusKm * 1000})`))
      .orderBy(sql`${geo} <-> ${point}`, asc(properties.id))
      .limit(s.limit);
  }
  return db
    .select({ ...propertyColumns, distanceM: sql<null>`null::float8` })
    .from(properties)
    .where(and(...where, eq(properties.cityKey, (s.city ?? '').toLowerCase())))
    .orderBy(asc(properties.basePriceMinor), asc(properties.id))
    .limit(s.limit);
}
