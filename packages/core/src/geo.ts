/** A WGS 84 point as applications speak of it: longitude first, like GeoJSON. */
export interface GeoPoint {
  lon: number;
  lat: number;
}

export function isValidLonLat(p: GeoPoint): boolean {
  return (
    Number.isFinite(p.lon) &&
    Number.isFinite(p.lat) &&
    p.lon >= -180 &&
    p.lon <= 180 &&
    p.lat >= -90 &&
    p.lat <= 90
  );
}

/** EWKT accepted by PostGIS's geography input function, so a point travels as an ordinary bound parameter. */
export function toEwkt(p: GeoPoint): string {
  if (!isValidLonLat(p)) {
    throw new RangeError(`coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]`);
  }
  return `SRID=4326;POINT(${p.lon} ${p.lat})`;
}

/**
 * PostGIS returns geography values as hex (E)WKB. We decode points ourselves rather than wrapping every
 * select in ST_AsGeoJSON, so `select * from pois` gives `{ lon, lat }` directly.
 */
export function parseHexEwkbPoint(hex: string): GeoPoint {
  const bytes = Buffer.from(hex, 'hex');
  const littleEndian = bytes.readUInt8(0) === 1;
  const readUInt32 = (o: number) => (littleEndian ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o));
  const readDouble = (o: number) => (littleEndian ? bytes.readDoubleLE(o) : bytes.readDoubleBE(o));
  const type = readUInt32(1);
  const hasSrid = (type & 0x20000000) !== 0;
  if ((type & 0xff) !== 1) throw new TypeError(`expected a WKB point, got geometry type ${type & 0xff}`);
  const offset = hasSrid ? 9 : 5;
  return { lon: readDouble(offset), lat: readDouble(offset + 8) };
}

/** Accepts the hex EWKB PostGIS sends, or a GeoJSON/`{lon,lat}` object some drivers hand back. */
export function parsePoint(value: unknown): GeoPoint {
  if (typeof value === 'string') {
    if (/^[0-9a-fA-F]+$/.test(value)) return parseHexEwkbPoint(value);
    const m = /POINT\s*\(\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)\s*\)/.exec(value);
    if (m) return { lon: Number(m[1]), lat: Number(m[2]) };
  }
  if (value && typeof value === 'object') {
    const v = value as { lon?: number; lat?: number; coordinates?: [number, number] };
    if (v.coordinates) return { lon: v.coordinates[0], lat: v.coordinates[1] };
    if (typeof v.lon === 'number' && typeof v.lat === 'number') return { lon: v.lon, lat: v.lat };
  }
  throw new TypeError(`cannot read a point from ${JSON.stringify(value)}`);
}
