import { queryRows, restoreWhere, softDeleteWhere } from '@touriquest/core';
import { describeEngines, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { properties } from '../src';
import { makeProperty } from './fixtures';

interface Doc {
  locale: string;
  title: string;
  body: string | null;
  city: string | null;
  country_code: string | null;
  is_visible: boolean;
  lon: number;
  lat: number;
}

const docs = (tx: TestDb, id: string) =>
  queryRows<Doc>(
    tx,
    sql`select locale, title, body, city, country_code, is_visible,
               st_x(location::geometry) as lon, st_y(location::geometry) as lat
          from search_index where entity_type = 'property' and entity_id = ${id} order by locale`,
  );

describeEngines('search_index follows properties', (ctx) => {
  it('writes, updates, hides, removes and restores the property document', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, {
        summary: 'Patio and plunge pool',
        description: 'Five minutes from Jemaa el-Fna.',
      });
      expect(await docs(tx, p.id)).toEqual([
        {
          locale: 'en',
          title: 'Riad Dar Atlas',
          body: 'Patio and plunge pool\n\nFive minutes from Jemaa el-Fna.',
          city: 'Marrakesh',
          country_code: 'MA',
          is_visible: true,
          lon: -7.9811,
          lat: 31.6295,
        },
      ]);
      const where = eq(properties.id, p.id);
      await tx.update(properties).set({ title: 'Riad Dar Atlas & Spa' }).where(where);
      expect((await docs(tx, p.id)).map((d) => d.title)).toEqual(['Riad Dar Atlas & Spa']);
      // Full-text search finds it by the new title through content's generated vector.
      const found = await queryRows<{ entity_id: string }>(
        tx,
        sql`select entity_id from search_index where search_vector @@ plainto_tsquery('simple', 'spa') and entity_id = ${p.id}`,
      );
      expect(found).toHaveLength(1);

      // Unpublished listings stay indexed but hidden.
      await tx.update(properties).set({ status: 'suspended' }).where(where);
      expect((await docs(tx, p.id)).map((d) => d.is_visible)).toEqual([false]);
      await tx.update(properties).set({ status: 'active' }).where(where);

      await softDeleteWhere(tx, properties, where);
      expect(await docs(tx, p.id)).toEqual([]);
      await restoreWhere(tx, properties, where);
      expect((await docs(tx, p.id)).map((d) => [d.locale, d.title, d.is_visible])).toEqual([
        ['en', 'Riad Dar Atlas & Spa', true],
      ]);

      // The document follows the listing's own language.
      await tx.update(properties).set({ defaultLocale: 'fr' }).where(where);
      expect((await docs(tx, p.id)).map((d) => d.locale)).toEqual(['fr']);

      await tx.delete(properties).where(where);
      expect(await docs(tx, p.id)).toEqual([]);
    }));
});
