import { queryRows } from '@touriquest/core';
import { describeServer } from '@touriquest/testing';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { fuzzySearchListingsQuery, searchListingsQuery } from '../src';
import { uuid } from './fixtures';

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
      const words = ['riad', 'château', 'randonnée', 'désert', 'kasbah', 'jardin', 'musée', 'plage'];
      for (let i = 0; i < 300; i++) {
        const w = words[i % words.length]!;
        await tx.execute(sql`select tq_search_index_upsert(${['property', 'poi', 'experience'][i % 3]}, ${uuid()}::uuid,
          ${['fr', 'en', 'es'][i % 3]}, ${`${w} ${i} du sud`}, ${`Un ${w} près de la ville ${i}`},
          st_geogfromtext(${`SRID=4326;POINT(${-8 + (i % 50) / 10} ${31 + (i % 40) / 10})`}), 'City', 'MA', 1::real, true)`);
      }
      await tx.execute(sql`analyze search_index`);
      await tx.execute(sql`set local enable_seqscan = off`);
      expect(await plan(tx, searchListingsQuery({ query: 'châteaux', locale: 'fr', limit: 10 }))).toContain(
        'search_index_search_vector_idx',
      );
      const radius = await plan(
        tx,
        searchListingsQuery({ query: 'riad', locale: 'fr', near: { lon: -7.99, lat: 31.63, radiusKm: 2 } }),
      );
      expect(radius).toMatch(/search_index_search_vector_idx|search_index_location_idx/);
      expect(await plan(tx, fuzzySearchListingsQuery({ name: 'chateau du sud', limit: 10 }))).toContain(
        'search_index_title_trgm_idx',
      );
    }));
});
