import { type Db, type GeoPoint, queryRows, toEwkt } from '@touriquest/core';
import { type SQL, sql } from 'drizzle-orm';
import type { searchEntityTypes } from '../constants';
import { fuzzySearchInput, searchListingsInput } from '../validation';

export type SearchEntityType = (typeof searchEntityTypes)[number];

export interface ListingHit {
  entityType: SearchEntityType;
  entityId: string;
  locale: string;
  title: string;
  city: string | null;
  countryCode: string | null;
  rank: number;
  /** metres from `near`, when given */
  distanceM: number | null;
}

export interface SearchListingsOptions {
  query: string;
  locale: string;
  near?: { lon: number; lat: number; radiusKm: number };
  entityTypes?: readonly SearchEntityType[];
  limit?: number;
}

const typeFilter = (types: readonly SearchEntityType[] | undefined): SQL =>
  types?.length
    ? sql`and entity_type in (${sql.join(
        types.map((t) => sql`${t}::search_entity_type`),
        sql`, `,
      )})`
    : sql``;

/**
 * The query behind searchListings: visible documents of one locale matching a web-style query
 * (`websearch_to_tsquery` under the locale's configuration, served by search_index_search_vector_idx),
 * ranked by ts_rank_cd × boost; optionally within a radius (search_index_location_idx, on location::geography).
 */
export function searchListingsQuery(input: SearchListingsOptions): SQL {
  const opts = searchListingsInput.parse(input);
  const near = opts.near
    ? sql`st_geogfromtext(${toEwkt({ lon: opts.near.lon, lat: opts.near.lat } as GeoPoint)})`
    : null;
  return sql`
    select entity_type as "entityType", entity_id as "entityId", locale, title, city,
      country_code as "countryCode", ts_rank_cd(search_vector, q) * boost as rank,
      ${near ? sql`st_distance(location::geography, ${near})` : sql`null::float8`} as "distanceM"
    from search_index, websearch_to_tsquery(tq_locale_regconfig(${opts.locale}), ${opts.query}) as q
    where search_vector @@ q and locale = ${opts.locale} and is_visible
      ${typeFilter(opts.entityTypes)}
      ${near ? sql`and st_dwithin(location::geography, ${near}, ${opts.near!.radiusKm * 1000})` : sql``}
    order by rank desc, entity_id
    limit ${opts.limit ?? 20}`;
}

/** Ranked full-text search over search_index in one locale (a French query stems French). */
export async function searchListings(db: Db, opts: SearchListingsOptions): Promise<ListingHit[]> {
  const rows = await queryRows<ListingHit>(db, searchListingsQuery(opts));
  return rows.map((r) => ({
    ...r,
    rank: Number(r.rank),
    distanceM: r.distanceM === null ? null : Number(r.distanceM),
  }));
}

export interface FuzzySearchOptions {
  name: string;
  locale?: string;
  entityTypes?: readonly SearchEntityType[];
  limit?: number;
}

/**
 * Typo-tolerant title search: pg_trgm's `%` (similarity above pg_trgm.similarity_threshold, 0.3 by default)
 * is served by search_index_title_trgm_idx; results are ordered by similarity.
 */
export function fuzzySearchListingsQuery(input: FuzzySearchOptions): SQL {
  const opts = fuzzySearchInput.parse(input);
  return sql`
    select entity_type as "entityType", entity_id as "entityId", locale, title, city,
      country_code as "countryCode", similarity(title, ${opts.name}) as rank, null::float8 as "distanceM"
    from search_index
    where title % ${opts.name} and is_visible
      ${opts.locale ? sql`and locale = ${opts.locale}` : sql``}
      ${typeFilter(opts.entityTypes)}
    order by rank desc, entity_id
    limit ${opts.limit ?? 20}`;
}

export async function fuzzySearchListings(db: Db, opts: FuzzySearchOptions): Promise<ListingHit[]> {
  const rows = await queryRows<ListingHit>(db, fuzzySearchListingsQuery(opts));
  return rows.map((r) => ({ ...r, rank: Number(r.rank), distanceM: null }));
}
