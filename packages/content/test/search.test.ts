import { queryRows } from '@touriquest/core';
import { describeEngines } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fuzzySearchListings, type SearchEntityType, searchListings } from '../src';
import { uuid } from './fixtures';

const put = (
  type: SearchEntityType,
  id: string,
  locale: string,
  title: string,
  body: string,
  at: { lon: number; lat: number } | null,
  boost = 1,
  visible = true,
) =>
  sql`select tq_search_index_upsert(${type}, ${id}::uuid, ${locale}, ${title}, ${body},
    ${at ? sql`st_geomfromewkt(${`SRID=4326;POINT(${at.lon} ${at.lat})`})` : sql`null::geometry`},
    'Marrakesh', 'MA', ${boost}::real, ${visible})`;

/** A made-up word (letters only, so every parser keeps it one token) that isolates this test's documents. */
const word = () =>
  `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

const marrakesh = { lon: -7.9811, lat: 31.6295 };
const fes = { lon: -4.9998, lat: 34.0331 };

describeEngines('searchListings and fuzzySearchListings', (ctx) => {
  it('finds French documents by French stems, ranked by relevance × boost, visible only', () =>
    ctx.rollback(async (tx) => {
      const tag = word();
      const [castle, hike, hidden, english] = [uuid(), uuid(), uuid(), uuid()];
      await tx.execute(put('poi', castle, 'fr', `Les châteaux ${tag}`, 'Visite des châteaux', marrakesh));
      await tx.execute(
        put('experience', hike, 'fr', `Randonnées ${tag}`, 'Randonnées et châteaux', marrakesh),
      );
      await tx.execute(put('poi', hidden, 'fr', `Châteaux cachés ${tag}`, 'brouillon', marrakesh, 1, false));
      await tx.execute(put('poi', english, 'en', `Castles ${tag}`, 'Castle tours', marrakesh));
      const ids = async (opts: Parameters<typeof searchListings>[1]) =>
        (await searchListings(tx, opts)).map((h) => h.entityId);
      const frHits = await ids({ query: `château ${tag}`, locale: 'fr' });
      expect(frHits).toContain(castle);
      expect(frHits).toContain(hike);
      expect(frHits).not.toContain(hidden);
      expect(frHits).not.toContain(english);
      expect(await ids({ query: `randonnée ${tag}`, locale: 'fr' })).toEqual([hike]);
      // "château" in the title (weight A) outranks "château" only in the body (weight C)…
      expect(await ids({ query: `château ${tag}`, locale: 'fr' })).toEqual([castle, hike]);
      // …until the body-only listing is boosted.
      await tx.execute(
        put('experience', hike, 'fr', `Randonnées ${tag}`, 'Randonnées et châteaux', marrakesh, 20),
      );
      expect(await ids({ query: `château ${tag}`, locale: 'fr' })).toEqual([hike, castle]);
      expect(await ids({ query: `château ${tag}`, locale: 'fr', entityTypes: ['poi'] })).toEqual([castle]);
      expect(await ids({ query: `castle ${tag}`, locale: 'en' })).toEqual([english]);
      expect(await ids({ query: `château -randonnée ${tag}`, locale: 'fr' })).toEqual([castle]);
    }));

  it('restricts to a radius around a point and reports distances in metres', () =>
    ctx.rollback(async (tx) => {
      const tag = word();
      const [near, far] = [uuid(), uuid()];
      await tx.execute(put('property', near, 'en', `Riad ${tag}`, 'Medina riad', marrakesh));
      await tx.execute(put('property', far, 'en', `Riad ${tag}`, 'Medina riad', fes));
      const hits = await searchListings(tx, {
        query: `riad ${tag}`,
        locale: 'en',
        near: { lon: -7.99, lat: 31.63, radiusKm: 50 },
      });
      expect(hits.map((h) => h.entityId)).toEqual([near]);
      expect(hits[0]!.distanceM).toBeGreaterThan(500);
      expect(hits[0]!.distanceM).toBeLessThan(1500);
      const wide = await searchListings(tx, {
        query: `riad ${tag}`,
        locale: 'en',
        near: { lon: -7.99, lat: 31.63, radiusKm: 500 },
      });
      expect(wide.map((h) => h.entityId).sort()).toEqual([near, far].sort());
    }));

  it('finds listings by misspelt names, most similar first', () =>
    ctx.rollback(async (tx) => {
      const [bahia, badi, other] = [uuid(), uuid(), uuid()];
      await tx.execute(put('poi', bahia, 'en', 'Bahia Palace Zqxwv', 'palace', marrakesh));
      await tx.execute(put('poi', badi, 'fr', 'Palais Badi Zqxwv', 'palais', marrakesh));
      await tx.execute(put('poi', other, 'en', 'Jemaa el-Fnaa', 'square', marrakesh));
      const hits = await fuzzySearchListings(tx, { name: 'Bahai Palase Zqxwv' });
      expect(hits[0]!.entityId).toBe(bahia);
      expect(hits.map((h) => h.entityId)).not.toContain(other);
      const fr = await fuzzySearchListings(tx, { name: 'Palais Badi Zqxwv', locale: 'fr' });
      expect(fr.map((h) => h.entityId)).toEqual([badi]);
      expect(fr[0]!.rank).toBeCloseTo(1, 5);
    }));

  it('keeps the dictionary of title words on every write path, so a misspelt new name is found', () =>
    ctx.rollback(async (tx) => {
      const tag = word();
      // A bulk raw-SQL import, as an operator's psql session would write it: one statement, many rows.
      await tx.execute(sql`
        insert into search_index (entity_type, entity_id, locale, title, search_config)
        select 'poi', gen_random_uuid(), 'en', 'Garden ' || ${tag} || i, 'simple'
          from generate_series(1, 50) i`);
      const [{ n }] = (await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from search_words where word like ${`${tag}%`}`,
      )) as [{ n: number }];
      expect(n).toBe(50);
      // A rename (the upsert's ON CONFLICT … DO UPDATE, as a listing's trigger writes it) adds the new words;
      // the misspelt new name finds the renamed document.
      const id = uuid();
      await tx.execute(put('poi', id, 'en', 'Old name', 'a place', marrakesh));
      await tx.execute(put('poi', id, 'en', 'Quorlavendi Brastemora', 'a place', marrakesh));
      const hits = await fuzzySearchListings(tx, { name: 'Quorlavendy Brastemorra' });
      expect(hits.map((h) => h.entityId)).toEqual([id]);
      // Every word of the name must match one of its dictionary words: the old name no longer finds it.
      expect(
        (await fuzzySearchListings(tx, { name: 'Quorlavendi Old' })).map((h) => h.entityId),
      ).not.toContain(id);
    }));
});
