/**
 * Random parameters for the access paths, drawn from what the generator loaded: real POI positions, users
 * who have notifications, bookings and followees, listings with reviews, records with audit history.
 */
import type postgres from 'postgres';
import { benchCities, corpus } from './corpus';

export interface Samples {
  points: { lon: number; lat: number }[];
  guests: string[];
  propertiesWithBookings: string[];
  notified: string[];
  followers: string[];
  reviewedProperties: string[];
  reviewedPois: string[];
  auditedProperties: string[];
  /** Proper names of listings with their document's locale: a rare word for the full-text search. */
  names: { query: string; locale: string }[];
  /** Misspelt proper names of live listings (one letter changed), for the fuzzy search. */
  typos: string[];
  cities: string[];
  /** Per locale: the kinds of place, the words most documents of that locale hold. */
  commonWords: Record<string, string[]>;
}

/**
 * Rows of `query`, whose FROM names one table with `tablesample system (p)`: a page sample is cheap at a million
 * rows, but a small table may give no page at all, so it is then read whole, in random order.
 */
async function sample(pool: postgres.Sql, query: string): Promise<postgres.Row[]> {
  const rows = await pool.unsafe(query);
  if (rows.length >= 10) return [...rows];
  const whole = query.replace(/tablesample system \(\d+\)/, '').replace(/limit (\d+)$/, '');
  const limit = /limit (\d+)$/.exec(query)?.[1] ?? '500';
  return [...(await pool.unsafe(`select * from (${whole}) s order by random() limit ${limit}`))];
}

const ids = async (pool: postgres.Sql, query: string) =>
  (await sample(pool, query)).map((r) => r.id as string);

export async function drawSamples(pool: postgres.Sql, n = 500): Promise<Samples> {
  const points = (
    await sample(
      pool,
      `select st_x(location) as lon, st_y(location) as lat from pois tablesample system (1) limit ${n}`,
    )
  ).map((r) => ({ lon: Number(r.lon), lat: Number(r.lat) }));
  const named = await sample(
    pool,
    `select split_part(title, ' ', 2) as name, locale from search_index
                                     tablesample system (1) where entity_type = 'poi' and title like '% %' limit ${n}`,
  );
  const typos = named.map((r) => misspell(String(r.name)));
  const locales = [...new Set(benchCities.map((c) => c.locale))];
  return {
    points,
    guests: await ids(
      pool,
      `select distinct guest_id as id from bookings tablesample system (2) where check_in >= current_date limit ${n}`,
    ),
    propertiesWithBookings: await ids(
      pool,
      `select distinct property_id as id from bookings tablesample system (2) limit ${n}`,
    ),
    notified: await ids(
      pool,
      `select distinct user_id as id from notifications tablesample system (1) limit ${n}`,
    ),
    followers: await ids(
      pool,
      `select distinct follower_id as id from user_follows tablesample system (1) limit ${n}`,
    ),
    reviewedProperties: await ids(
      pool,
      `select distinct property_id as id from reviews tablesample system (2) where property_id is not null limit ${n}`,
    ),
    reviewedPois: await ids(
      pool,
      `select distinct poi_id as id from reviews tablesample system (2) where poi_id is not null limit ${n}`,
    ),
    auditedProperties: await ids(pool, `select id from properties tablesample system (5) limit ${n}`),
    names: named.map((r) => ({ query: String(r.name), locale: String(r.locale) })),
    typos,
    cities: benchCities.map((c) => c.name),
    commonWords: Object.fromEntries(locales.map((l) => [l, corpus[l]!.kinds])),
  };
}

/** One letter of the name replaced by its neighbour in the alphabet: a typo a fuzzy search must forgive. */
function misspell(name: string): string {
  if (name.length < 4) return name;
  const i = 1 + (name.length % (name.length - 2));
  const c = name[i]!;
  const swapped = c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1);
  return name.slice(0, i) + swapped + name.slice(i + 1);
}

export const pick = <T>(xs: readonly T[]): T => {
  if (!xs.length) throw new Error('bench: a sample list is empty — did the generator load this table?');
  return xs[Math.floor(Math.random() * xs.length)]!;
};
