import { queryRows } from '@touriquest/core';
import { describeServer } from '@touriquest/testing';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { fuzzySearchListingsQuery, searchListingsQuery } from '../src';

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

/** The plan of an SQL fragment, parameters inlined as literals (as a service's one-off query would plan). */
async function plan(tx: Parameters<typeof queryRows>[0], q: SQL): Promise<string> {
  const { sql: text, params } = new PgDialect().sqlToQuery(q);
  const inlined = text.replace(/\$(\d+)/g, (_, n) => literal(params[Number(n) - 1]));
  const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`explain ${inlined}`));
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

// Plans on the real server; the table is small, so sequential scans are switched off to reveal which index
// the planner can use.
describeServer('search_index access paths', (ctx) => {
  it('serves full-text, radius and fuzzy searches from their indexes', () =>
    ctx.rollback(async (tx) => {
      // A realistic spread: many documents with their own vocabulary, and a searched word that is rare.
      const words = ['riad', 'désert', 'kasbah', 'jardin', 'musée', 'plage', 'souk', 'médina'];
      await tx.execute(sql`
        select tq_search_index_upsert((array['property','poi','experience'])[1 + i % 3], gen_random_uuid(),
          (array['fr','en','es'])[1 + i % 3],
          (array[${sql.raw(words.map((w) => `'${w}'`).join(','))}])[1 + i % 8] || ' lieu' || i || case when i % 97 = 0 then ' château' else '' end,
          'Un endroit numéro ' || i || ' mot' || i || ' près de la ville ' || (i % 50),
          st_setsrid(st_makepoint(-8 + (i % 50) / 10.0, 31 + (i % 40) / 10.0), 4326),
          'City', 'MA', 1::real, true)
        from generate_series(1, 6000) i`);
      // Rows inserted in this transaction sit in the GIN pending lists, which the planner prices as a scan of
      // every pending page; flushing them shows the plan a settled table gets.
      await tx.execute(sql`select gin_clean_pending_list('search_index_locale_search_vector_idx'::regclass)`);
      await tx.execute(sql`analyze search_index`);
      await tx.execute(sql`analyze search_words`);
      await tx.execute(sql`set local enable_seqscan = off`);
      // A rare word: its matches in the locale, from the GIN index that leads with the locale.
      expect(await plan(tx, searchListingsQuery({ query: 'châteaux', locale: 'fr', limit: 10 }))).toContain(
        'search_index_locale_search_vector_idx',
      );
      // A word every French document holds (2,000 of them, more than rankedCandidates): the boost-ordered walk
      // can serve the candidates in index order, with no sort of the matches. At this size the planner still
      // prefers the bitmap; at a million documents it walks (bench/scale's plan for a common word shows it).
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const common = await plan(tx, searchListingsQuery({ query: 'endroit', locale: 'fr', limit: 10 }));
      expect(common).toContain('search_index_locale_boost_idx');
      expect(common).not.toMatch(/Sort Key: search_index\.boost/);
      await tx.execute(sql`set local enable_bitmapscan = on`);
      const radius = await plan(
        tx,
        searchListingsQuery({
          query: 'château',
          locale: 'fr',
          near: { lon: -7.99, lat: 31.63, radiusKm: 2 },
        }),
      );
      // A 2 km radius is more selective than the word here: the GiST index serves it.
      expect(radius).toContain('search_index_location_idx');
      // Fuzzy: the misspelt words' nearest dictionary words (GiST, index-ordered), then their documents.
      const fuzzy = await plan(tx, fuzzySearchListingsQuery({ name: 'kasbha lieu1234', limit: 10 }));
      expect(fuzzy).toContain('search_words_word_trgm_idx');
      expect(fuzzy).toContain('search_index_locale_search_vector_idx');
    }));
});
