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
 * How many matching documents searchListings scores: the best-boosted ones (boost, then entity_id). A query
 * matching fewer is ranked exactly; for a word thousands of documents of the locale hold, the top results come
 * from the best-boosted candidates, as a booking site ranks by relevance and popularity. Scoring every match
 * made a common word cost 230 ms at ~950k documents; at 1.22M documents (bench/scale) walking to 1,000
 * candidates cost ~28 ms and 500 ~7 ms, and with 1,000 the planner preferred reading all 30,000 matches.
 */
export const rankedCandidates = 500;

/**
 * How far searchListings walks search_index_locale_boost_idx looking for rankedCandidates matches before it
 * asks the full-text index instead: a word held by more than ~1 in 12 documents of the locale is found by the
 * walk (a few milliseconds), a rarer one by the GIN index (few matches), at the cost of a wasted short walk.
 * The planner alone read all 15,000–30,000 matches of a common word (25 ms at 1.22M documents, bench/scale).
 */
const walkedDocuments = 6000;

/**
 * The query behind searchListings: visible documents of one locale matching a web-style query
 * (`websearch_to_tsquery` under the locale's configuration), ranked by ts_rank_cd × boost; optionally within a
 * radius (search_index_location_idx, on location::geography). The candidates — the rankedCandidates
 * best-boosted matches — come from walking the locale's first walkedDocuments in boost order when that finds
 * them all (`walked`), and otherwise from search_index_locale_search_vector_idx (`matched`, gated by a one-time
 * filter, so it does not run when the walk sufficed). Both give the same candidates: the walk reads documents in
 * the order the candidates are ranked by. `boost desc nulls last` is spelled as the index is.
 */
export function searchListingsQuery(input: SearchListingsOptions): SQL {
  const opts = searchListingsInput.parse(input);
  const near = opts.near
    ? sql`st_geogfromtext(${toEwkt({ lon: opts.near.lon, lat: opts.near.lat } as GeoPoint)})`
    : null;
  const tsquery = sql`websearch_to_tsquery(tq_locale_regconfig(${opts.locale}), ${opts.query})`;
  const filters = sql`${typeFilter(opts.entityTypes)}
         ${near ? sql`and st_dwithin(location::geography, ${near}, ${opts.near!.radiusKm * 1000})` : sql``}`;
  const columns = sql.raw(
    'entity_type, entity_id, locale, title, city, country_code, location, search_vector, boost',
  );
  return sql`
    with walked as materialized (
      select d.* from (
        select ${columns} from search_index
         where locale = ${opts.locale} and is_visible
         order by boost desc nulls last, entity_id
         limit ${walkedDocuments}) d, ${tsquery} as q
       where d.search_vector @@ q ${filters}
       limit ${rankedCandidates}),
    matched as materialized (
      select ${columns} from search_index, ${tsquery} as q
       where (select count(*) from walked) < ${rankedCandidates}
         and search_vector @@ q and locale = ${opts.locale} and is_visible ${filters}
       order by boost desc nulls last, entity_id
       limit ${rankedCandidates}),
    candidates as (
      select * from walked where (select count(*) from walked) = ${rankedCandidates}
      union all
      select * from matched)
    select entity_type as "entityType", entity_id as "entityId", locale, title, city,
      country_code as "countryCode", ts_rank_cd(search_vector, q) * boost as rank,
      ${near ? sql`st_distance(location::geography, ${near})` : sql`null::float8`} as "distanceM"
    from candidates, ${tsquery} as q
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
 * Typo-tolerant title search in two index-ordered steps (pg_trgm's word-list method):
 * 1. each word of the name (3+ characters) is matched to its three nearest dictionary words (search_words,
 *    similarity above pg_trgm.similarity_threshold, nearest first from search_words_word_trgm_idx, GiST);
 * 2. documents holding, for every word of the name, one of its matches come from the full-text index
 *    (search_index_locale_search_vector_idx) — up to rankedCandidates of them, best-boosted first —
 *    and are ranked by word_similarity(name, title).
 * Matching the name against every whole title instead read 115,000 candidates to keep 10 at a million documents.
 */
export function fuzzySearchListingsQuery(input: FuzzySearchOptions): SQL {
  const opts = fuzzySearchInput.parse(input);
  return sql`
    with query_words as (
      select distinct w from regexp_split_to_table(lower(${opts.name}), '[[:space:][:punct:]]+') w
       where length(w) >= 3),
    alternatives as (
      select q.w, string_agg('(' || plainto_tsquery('simple', c.word)::text || ')', ' | ') as alts
        from query_words q
        cross join lateral (select word from search_words where word % q.w order by word <-> q.w limit 3) c
       where plainto_tsquery('simple', c.word)::text <> ''
       group by q.w),
    name_query as (select string_agg('(' || alts || ')', ' & ')::tsquery as q from alternatives),
    candidates as materialized (
      select entity_type, entity_id, locale, title, city, country_code
        from search_index, name_query
       where search_vector @@ name_query.q and is_visible
         ${opts.locale ? sql`and locale = ${opts.locale}` : sql``}
         ${typeFilter(opts.entityTypes)}
       order by boost desc nulls last, entity_id
       limit ${rankedCandidates})
    select entity_type as "entityType", entity_id as "entityId", locale, title, city,
      country_code as "countryCode", word_similarity(${opts.name}, title) as rank, null::float8 as "distanceM"
    from candidates
    order by rank desc, entity_id
    limit ${opts.limit ?? 20}`;
}

export async function fuzzySearchListings(db: Db, opts: FuzzySearchOptions): Promise<ListingHit[]> {
  const rows = await queryRows<ListingHit>(db, fuzzySearchListingsQuery(opts));
  return rows.map((r) => ({ ...r, rank: Number(r.rank), distanceM: null }));
}
