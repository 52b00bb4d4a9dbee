import { customType } from 'drizzle-orm/pg-core';
import { type GeoPoint, parsePoint, toEwkt } from './geo';

/**
 * A WGS 84 point stored as `geometry(Point,4326)` (spelled exactly so: drizzle-kit leaves `geometry…` types
 * unquoted and push converges). Every point column uses it rather than `geography` because PostGIS *coerces*
 * out-of-range geography input (lat 95 is stored as lat 85 with only a NOTICE), so no CHECK could see the
 * bad value; a geometry keeps what it was given and `mixinConstraints.wgs84Point`'s range CHECK refuses it.
 * Distances in metres come from `column::geography`, on which the GiST index is built.
 */
export const geometryPoint4326 = customType<{ data: GeoPoint; driverData: string }>({
  dataType: () => 'geometry(Point,4326)',
  toDriver: (p) => toEwkt(p),
  fromDriver: (v) => parsePoint(v),
});

export const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => 'tsvector',
});

export const citext = customType<{ data: string; driverData: string }>({
  dataType: () => 'citext',
});

export const ltree = customType<{ data: string; driverData: string }>({
  dataType: () => 'ltree',
});

/** A half-open range `[start, end)` as PostgreSQL canonicalises discrete ranges; `null` ends are unbounded. */
export interface Range<T> {
  start: T | null;
  end: T | null;
}

function parseRange(v: string): Range<string> {
  if (v === 'empty') return { start: null, end: null };
  const m = /^([[(])("?)(.*?)\2,("?)(.*?)\4([\])])$/.exec(v);
  if (!m) throw new TypeError(`cannot read a range from ${v}`);
  return { start: m[3] === '' ? null : m[3], end: m[5] === '' ? null : m[5] };
}

function formatRange(r: Range<string>): string {
  return `[${r.start ?? ''},${r.end ?? ''})`;
}

/** daterange as `{ start, end }` ISO dates, end exclusive (a stay from the 1st to the 3rd is two nights). */
export const daterange = customType<{ data: Range<string>; driverData: string }>({
  dataType: () => 'daterange',
  toDriver: formatRange,
  fromDriver: (v) => parseRange(String(v)),
});

export const tstzrange = customType<{ data: Range<string>; driverData: string }>({
  dataType: () => 'tstzrange',
  toDriver: formatRange,
  fromDriver: (v) => parseRange(String(v)),
});
