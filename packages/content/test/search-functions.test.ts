import { queryOne, queryRows } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { uuid } from './fixtures';

const upsert = (id: string, locale: string, title: string, body: string | null, visible = true) =>
  sql`select tq_search_index_upsert('poi', ${id}::uuid, ${locale}, ${title}, ${body},
    st_geomfromewkt('SRID=4326;POINT(-7.99 31.63)'), 'Marrakesh', 'MA', 1.5::real, ${visible})`;

describeEngines('search_index functions', (ctx) => {
  it('maps locales to text-search configurations, region tags included', () =>
    ctx.rollback(async (tx) => {
      const r = await queryOne<Record<string, string>>(
        tx,
        sql`select tq_locale_regconfig('en')::text as en, tq_locale_regconfig('fr-FR')::text as fr,
          tq_locale_regconfig('es')::text as es, tq_locale_regconfig('de')::text as de,
          tq_locale_regconfig('it')::text as it, tq_locale_regconfig('pt-BR')::text as pt,
          tq_locale_regconfig('nl')::text as nl, tq_locale_regconfig('ar')::text as ar,
          tq_locale_regconfig('ber')::text as ber, tq_locale_regconfig(null)::text as none`,
      );
      expect(r).toEqual({
        en: 'english',
        fr: 'french',
        es: 'spanish',
        de: 'german',
        it: 'italian',
        pt: 'portuguese',
        nl: 'dutch',
        ar: 'arabic',
        ber: 'simple',
        none: 'simple',
      });
    }));

  it('upserts one document per entity and locale, and removes one locale or all', () =>
    ctx.rollback(async (tx) => {
      const id = uuid();
      await tx.execute(upsert(id, 'fr', 'Les châteaux', 'Randonnées dans l’Atlas'));
      await tx.execute(upsert(id, 'fr', 'Les châteaux du sud', 'Randonnées dans l’Atlas', false));
      await tx.execute(upsert(id, 'en', 'Castles', 'Hikes in the Atlas'));
      const rows = await queryRows<{
        locale: string;
        title: string;
        search_config: string;
        is_visible: boolean;
      }>(
        tx,
        sql`select locale, title, search_config::text, is_visible from search_index
             where entity_id = ${id}::uuid order by locale`,
      );
      expect(rows).toEqual([
        { locale: 'en', title: 'Castles', search_config: 'english', is_visible: true },
        { locale: 'fr', title: 'Les châteaux du sud', search_config: 'french', is_visible: false },
      ]);
      await tx.execute(sql`select tq_search_index_remove('poi', ${id}::uuid, 'en')`);
      expect(await queryRows(tx, sql`select 1 from search_index where entity_id = ${id}::uuid`)).toHaveLength(
        1,
      );
      await tx.execute(sql`select tq_search_index_remove('poi', ${id}::uuid)`);
      expect(await queryRows(tx, sql`select 1 from search_index where entity_id = ${id}::uuid`)).toHaveLength(
        0,
      );
    }));

  it('refuses an out-of-range location (geometry keeps lat 95; geography would fold it to 85)', () =>
    ctx.rollback(async (tx) => {
      await expectRule(tx, 'search_index_location_range_check', (sp) =>
        sp.execute(sql`insert into search_index (entity_type, entity_id, locale, title, location)
                       values ('poi', ${uuid()}::uuid, 'en', 'Nowhere', 'SRID=4326;POINT(-7.99 95)')`),
      );
      // The listings' sync function takes geometry too, so the bad point reaches the CHECK unfolded.
      await expectRule(tx, 'search_index_location_range_check', (sp) =>
        sp.execute(sql`select tq_search_index_upsert('poi', ${uuid()}::uuid, 'en', 'Nowhere', null,
                         st_geomfromewkt('SRID=4326;POINT(-7.99 95)'), 'Nowhere', 'MA', 1::real, true)`),
      );
    }));

  it('stems French documents under the French configuration and not under simple', () =>
    ctx.rollback(async (tx) => {
      const fr = uuid();
      const plain = uuid();
      await tx.execute(upsert(fr, 'fr', 'Les châteaux de la vallée', 'Randonnées guidées'));
      await tx.execute(upsert(plain, 'ber', 'Les châteaux de la vallée', 'Randonnées guidées'));
      const hits = async (id: string, locale: string, q: string) =>
        (
          await queryRows(
            tx,
            sql`select 1 from search_index where entity_id = ${id}::uuid
                 and search_vector @@ websearch_to_tsquery(tq_locale_regconfig(${locale}), ${q})`,
          )
        ).length;
      expect(await hits(fr, 'fr', 'château')).toBe(1);
      expect(await hits(fr, 'fr', 'randonnée')).toBe(1);
      expect(await hits(plain, 'ber', 'château')).toBe(0);
      expect(await hits(plain, 'ber', 'randonnée')).toBe(0);
    }));
});
