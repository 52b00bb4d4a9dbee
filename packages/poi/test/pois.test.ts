import { queryOne } from '@touriquest/core';
import { describeEngines, expectRule, refusedByBoth, uniq } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { findPoiBySlug, insertPoiSchema, pois, updatePoiSchema } from '../src';
import { makeCategory, makePoi, poiInput } from './fixtures';

describeEngines('pois', (ctx) => {
  it('stores a POI and reads its location back as { lon, lat }', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx, { tags: ['mosque', 'landmark'], priceLevel: 0 });
      expect(p.location).toEqual({ lon: -7.9936, lat: 31.6237 });
      expect(p).toMatchObject({
        tags: ['mosque', 'landmark'],
        priceLevel: 0,
        popularityScore: 0,
        ratingAvg: 0,
      });
      expect(insertPoiSchema.parse(poiInput(p.categoryId)).slug).toMatch(/^koutoubia-/);
    }));

  it('refuses out-of-range values in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const cat = await makeCategory(tx);
      const cases: [Record<string, unknown>, string][] = [
        [{ priceLevel: 5 }, 'pois_price_level_check'],
        [{ priceLevel: -1 }, 'pois_price_level_check'],
        [{ entryFeeMinor: -1, currency: 'EUR' }, 'pois_entry_fee_minor_check'],
        [{ entryFeeMinor: 500 }, 'pois_entry_fee_currency_check'],
        [{ popularityScore: -0.5 }, 'pois_popularity_score_check'],
        [{ slug: 'Not A Slug' }, 'pois_slug_format_check'],
        [{ name: '  ' }, 'pois_name_check'],
        [{ website: 'ftp://x' }, 'pois_website_check'],
        [{ phone: '0612345678' }, 'pois_phone_check'],
        [{ countryCode: 'ma' }, 'pois_country_code_check'],
        [{ defaultLocale: 'french' }, 'pois_default_locale_check'],
        [{ metaTitle: 'x'.repeat(71) }, 'pois_meta_title_check'],
        [{ timezone: 'Mars/Olympus_Mons' }, 'pois_timezone_check'],
      ];
      for (const [over, rule] of cases) {
        const row = poiInput(cat.id, over);
        await refusedByBoth(tx, insertPoiSchema, row as Record<string, unknown>, rule, (sp) =>
          sp.insert(pois).values(row),
        );
      }
      for (const level of [0, 4]) await tx.insert(pois).values(poiInput(cat.id, { priceLevel: level }));
      await tx.insert(pois).values(poiInput(cat.id, { entryFeeMinor: 7000, currency: 'MAD' }));
      expect(updatePoiSchema.safeParse({ priceLevel: 7 }).success).toBe(false);
    }));

  it('refuses lat 95 in zod and in the database (raw SQL: geography would fold it to 85)', () =>
    ctx.rollback(async (tx) => {
      const cat = await makeCategory(tx);
      const bad = poiInput(cat.id, { location: { lon: -7.99, lat: 95 } });
      expect(insertPoiSchema.safeParse(bad).success).toBe(false);
      expect(insertPoiSchema.safeParse({ ...bad, location: { lon: 181, lat: 31 } }).success).toBe(false);
      await expectRule(tx, 'pois_location_range_check', (sp) =>
        sp.execute(sql`insert into pois (name, slug, category_id, location, tags)
          values ('Too far north', ${uniq('north')}, ${cat.id}, 'SRID=4326;POINT(-7.99 95)', '{}')`),
      );
      // Through the ORM the point never reaches SQL: the column's encoder refuses it.
      await expect(tx.insert(pois).values(bad)).rejects.toThrow(/coordinates out of range/);
    }));

  it('imports many POIs in one statement without advisory locks; one reserved slug refuses the whole batch', () =>
    ctx.rollback(async (tx) => {
      const retired = await makePoi(tx);
      await tx
        .update(pois)
        .set({ slug: uniq('moved') })
        .where(eq(pois.id, retired.id));
      const cat = retired.categoryId;
      const batch = Array.from({ length: 300 }, () => poiInput(cat));
      const advisoryLocks = sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`;
      const before = await queryOne<{ n: number }>(tx, advisoryLocks);
      const imported = await tx.insert(pois).values(batch).returning({ id: pois.id });
      expect(imported).toHaveLength(300);
      // The slug rules lean on the unique index: nothing piles up in the lock table however big the import.
      expect(await queryOne<{ n: number }>(tx, advisoryLocks)).toEqual(before);
      const docs = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from search_index where entity_type = 'poi'
              and entity_id in (select id from pois where slug in ${batch.map((b) => b.slug)})`,
      );
      expect(docs!.n).toBe(300);
      await expectRule(tx, 'pois_slug_reserved_check', (sp) =>
        sp.insert(pois).values([poiInput(cat), poiInput(cat, { slug: retired.slug }), poiInput(cat)]),
      );
      // The same through raw SQL, as an operator's bulk INSERT … SELECT would.
      await expectRule(tx, 'pois_slug_reserved_check', (sp) =>
        sp.execute(sql`insert into pois (name, slug, category_id, location, tags)
          select name || ' copy', ${retired.slug}, category_id, location, tags from pois where id = ${retired.id}`),
      );
    }));

  it('keeps slugs unique among live POIs and redirects renamed ones', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx);
      const cat = p.categoryId;
      await expectRule(tx, 'pois_slug_key', (sp) => sp.insert(pois).values(poiInput(cat, { slug: p.slug })));
      const newSlug = uniq('koutoubia-renamed');
      await tx.update(pois).set({ slug: newSlug }).where(eq(pois.id, p.id));
      expect(await findPoiBySlug(tx, newSlug)).toMatchObject({ poi: { id: p.id }, redirected: false });
      expect(await findPoiBySlug(tx, p.slug)).toMatchObject({
        poi: { id: p.id, slug: newSlug },
        redirected: true,
      });
      // The retired slug stays reserved for its POI.
      await expectRule(tx, 'pois_slug_reserved_check', (sp) =>
        sp.insert(pois).values(poiInput(cat, { slug: p.slug })),
      );
      // Taking it back makes it current again.
      await tx.update(pois).set({ slug: p.slug }).where(eq(pois.id, p.id));
      expect(await findPoiBySlug(tx, p.slug)).toMatchObject({ poi: { id: p.id }, redirected: false });
      expect(await findPoiBySlug(tx, newSlug)).toMatchObject({ poi: { id: p.id }, redirected: true });
      expect(await findPoiBySlug(tx, uniq('nothing'))).toBeUndefined();
      const audit = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from audit_log where table_name = 'pois' and record_id = ${p.id}`,
      );
      expect(audit!.n).toBeGreaterThanOrEqual(3);
    }));
});
