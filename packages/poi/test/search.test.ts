import { queryRows, restoreWhere, softDeleteWhere } from '@touriquest/core';
import { describeEngines, describeServer, expectRule, explain, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertPoiTranslationSchema, pois, poisNear, poisNearQuery, poiTranslations } from '../src';
import { makeCategory, makePoi, poiInput } from './fixtures';
import { seedPlanData } from './plan-data';

const docs = (tx: TestDb, id: string) =>
  queryRows<{ locale: string; title: string; is_visible: boolean; config: string }>(
    tx,
    sql`select locale, title, is_visible, search_config::text as config
          from search_index where entity_type = 'poi' and entity_id = ${id} order by locale`,
  );

describeEngines('poi translations and search_index', (ctx) => {
  it('keeps one translation per language, stemmed in that language', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx, {
        name: 'Majorelle Garden',
        description: 'Gardens designed by a painter.',
      });
      const fr = {
        poiId: p.id,
        locale: 'fr',
        name: 'Jardin Majorelle',
        description: 'Des jardins botaniques conçus par un peintre.',
      };
      const [t] = await tx.insert(poiTranslations).values(fr).returning();
      expect(t!.searchConfig).toBe('french');
      await expectRule(tx, 'poi_translations_poi_id_locale_key', (sp) =>
        sp.insert(poiTranslations).values(fr),
      );
      const bad = { ...fr, locale: 'French' };
      expect(insertPoiTranslationSchema.safeParse(bad).success).toBe(false);
      await expectRule(tx, 'poi_translations_locale_check', (sp) => sp.insert(poiTranslations).values(bad));

      // French stemming: "botanique" (singular) finds "botaniques"; the simple config would not.
      const hit = await queryRows<{ locale: string }>(
        tx,
        sql`select locale from search_index where entity_type = 'poi' and entity_id = ${p.id}
              and search_vector @@ plainto_tsquery(search_config, 'jardin botanique')`,
      );
      expect(hit.map((h) => h.locale)).toEqual(['fr']);
      const simple = await queryRows(
        tx,
        sql`select 1 from search_index where entity_type = 'poi' and entity_id = ${p.id}
              and search_vector @@ plainto_tsquery('simple', 'botanique')`,
      );
      expect(simple).toHaveLength(0);
      const own = await queryRows(
        tx,
        sql`select 1 from poi_translations where id = ${t!.id} and search_vector @@ plainto_tsquery('french', 'peintres')`,
      );
      expect(own).toHaveLength(1);
    }));

  it('follows inserts, updates, status, soft delete, restore and translation changes', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx, { name: 'Bahia Palace' });
      expect(await docs(tx, p.id)).toEqual([
        { locale: 'en', title: 'Bahia Palace', is_visible: true, config: 'english' },
      ]);
      const [fr] = await tx
        .insert(poiTranslations)
        .values({ poiId: p.id, locale: 'fr', name: 'Palais de la Bahia' })
        .returning();
      await tx.insert(poiTranslations).values({ poiId: p.id, locale: 'es', name: 'Palacio de la Bahía' });
      expect((await docs(tx, p.id)).map((d) => [d.locale, d.title, d.config])).toEqual([
        ['en', 'Bahia Palace', 'english'],
        ['es', 'Palacio de la Bahía', 'spanish'],
        ['fr', 'Palais de la Bahia', 'french'],
      ]);
      const where = eq(pois.id, p.id);
      await tx.update(pois).set({ name: 'Bahia Palace Museum' }).where(where);
      await tx.update(poiTranslations).set({ name: 'Palais Bahia' }).where(eq(poiTranslations.id, fr!.id));
      expect((await docs(tx, p.id)).map((d) => d.title)).toEqual([
        'Bahia Palace Museum',
        'Palacio de la Bahía',
        'Palais Bahia',
      ]);

      await tx.update(pois).set({ status: 'draft' }).where(where);
      expect((await docs(tx, p.id)).map((d) => d.is_visible)).toEqual([false, false, false]);
      await tx.update(pois).set({ status: 'active' }).where(where);

      await softDeleteWhere(tx, pois, where);
      expect(await docs(tx, p.id)).toEqual([]);
      await restoreWhere(tx, pois, where);
      expect((await docs(tx, p.id)).map((d) => [d.locale, d.is_visible])).toEqual([
        ['en', true],
        ['es', true],
        ['fr', true],
      ]);

      await tx.delete(poiTranslations).where(eq(poiTranslations.id, fr!.id));
      expect((await docs(tx, p.id)).map((d) => d.locale)).toEqual(['en', 'es']);
      // Moving the POI's own language to Spanish: the POI's text is the Spanish document now.
      await tx.update(pois).set({ defaultLocale: 'es' }).where(where);
      expect((await docs(tx, p.id)).map((d) => [d.locale, d.title])).toEqual([['es', 'Bahia Palace Museum']]);

      await tx.delete(pois).where(where);
      expect(await docs(tx, p.id)).toEqual([]);
    }));
});

// Marrakesh: Jemaa el-Fna; Koutoubia ~0.5 km; Majorelle ~2.5 km; Menara ~4 km; Essaouira ~160 km.
const square = { lon: -7.9894, lat: 31.6258 };

describeEngines('poisNear', (ctx) => {
  it('finds active POIs within the radius, nearest first, in a category subtree', () =>
    ctx.rollback(async (tx) => {
      const sights = await makeCategory(tx, null, 'Sights');
      const gardens = await makeCategory(tx, sights.id, 'Gardens');
      const food = await makeCategory(tx, null, 'Food');
      const [koutoubia, majorelle, menara, essaouira, draft, cafe] = await tx
        .insert(pois)
        .values([
          poiInput(sights.id, { name: 'Koutoubia', location: { lon: -7.9936, lat: 31.6237 } }),
          poiInput(gardens.id, { name: 'Majorelle', location: { lon: -8.0031, lat: 31.6417 } }),
          poiInput(gardens.id, { name: 'Menara', location: { lon: -8.0217, lat: 31.6147 } }),
          poiInput(sights.id, { name: 'Essaouira ramparts', location: { lon: -9.7699, lat: 31.5125 } }),
          poiInput(sights.id, { name: 'draft', location: { lon: -7.99, lat: 31.626 }, status: 'draft' }),
          poiInput(food.id, { name: 'Café', location: { lon: -7.9895, lat: 31.6259 } }),
        ])
        .returning();
      const hits = await poisNear(tx, { ...square, radiusKm: 10, categoryId: sights.id });
      expect(hits.map((h) => h.id)).toEqual([koutoubia!.id, majorelle!.id, menara!.id]);
      expect(hits[0]!.distanceM).toBeGreaterThan(300);
      expect(hits[0]!.distanceM).toBeLessThan(600);
      const gardensOnly = await poisNear(tx, { ...square, radiusKm: 10, categoryId: gardens.id });
      expect(gardensOnly.map((h) => h.id)).toEqual([majorelle!.id, menara!.id]);
      const all = await poisNear(tx, { ...square, radiusKm: 200, limit: 200 });
      const mine = new Set([koutoubia, majorelle, menara, essaouira, draft, cafe].map((p) => p!.id));
      expect(all.filter((h) => mine.has(h.id)).map((h) => h.name)).toEqual([
        'Café',
        'Koutoubia',
        'Majorelle',
        'Menara',
        'Essaouira ramparts',
      ]);
      expect(() => poisNearQuery(tx, { lon: 0, lat: 95, radiusKm: 1 })).toThrow();
    }));
});

describeServer('poi plans', (ctx) => {
  it('serves poisNear from pois_location_idx, and its category filter from a poi_categories index', () =>
    ctx.rollback(async (tx) => {
      const { rootId } = await seedPlanData(tx);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plain = await explain(tx, poisNearQuery(tx, { ...square, radiusKm: 25 }));
      expect(plain).toContain('pois_location_idx');
      const withCat = await explain(tx, poisNearQuery(tx, { ...square, radiusKm: 25, categoryId: rootId }));
      expect(withCat).toContain('pois_location_idx');
      // The radius leaves a handful of POIs, so the planner checks each one's category through the primary
      // key (filter `path <@ root`) rather than expanding the subtree; either way no table is scanned whole.
      expect(withCat).toMatch(/poi_categories_(pkey|path_idx)/);
      expect(withCat).not.toContain('Seq Scan');
      // Nearest first straight from the index (KNN, `Order By: ... <-> ...`), no sort of every POI in range.
      // At seed size a bitmap scan + sort is cheaper, so ask for the plan a million POIs get; an `id`
      // tiebreak in ORDER BY would need the sort whatever the planner is told.
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const knn = await explain(tx, poisNearQuery(tx, { ...square, radiusKm: 25 }));
      expect(knn).toMatch(/Order By:.*<->/);
      expect(knn).not.toMatch(/\bSort\b/);
    }));
});
