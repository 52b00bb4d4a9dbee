import { type GeoPoint, parsePoint, toEwkt } from '@touriquest/core';
import { customType } from 'drizzle-orm/pg-core';

/**
 * A WGS 84 point stored as `geometry(Point,4326)` (spelled exactly so: drizzle-kit leaves `geometry…` types
 * unquoted and push converges). Why not core's `geography`: PostGIS *coerces* out-of-range geography input
 * (lat 95 is stored as lat 85, with only a NOTICE), so no CHECK could ever see the bad value. A geometry keeps
 * what it was given, and `experiences_location_range_check` refuses it. Distances in metres come from
 * `location::geography`, which the GiST index `experiences_location_idx` is built on.
 */
export const geometryPoint4326 = customType<{ data: GeoPoint; driverData: string }>({
  dataType: () => 'geometry(Point,4326)',
  toDriver: (p) => toEwkt(p),
  fromDriver: (v) => parsePoint(v),
});
