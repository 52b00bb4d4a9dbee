import { queryRows } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertTranslationSchema, translations } from '../src';
import { refusedByBoth, uuid } from './fixtures';

describeEngines('translations', (ctx) => {
  it('keeps one value per entity, field and locale', () =>
    ctx.rollback(async (tx) => {
      const t = {
        entityType: 'poi' as const,
        entityId: uuid(),
        field: 'name',
        locale: 'fr',
        value: 'Palais de la Bahia',
      };
      await tx.insert(translations).values(t);
      await tx.insert(translations).values({ ...t, locale: 'en', value: 'Bahia Palace' });
      await tx.insert(translations).values({ ...t, field: 'description', value: 'Un palais' });
      await expectRule(tx, 'translations_entity_type_entity_id_field_locale_key', (sp) =>
        sp.insert(translations).values(t),
      );
      const badField = { ...t, field: 'Name' };
      await refusedByBoth(tx, insertTranslationSchema, badField, 'translations_field_check', (sp) =>
        sp.insert(translations).values(badField),
      );
      const badLocale = { ...t, locale: 'french' };
      await refusedByBoth(tx, insertTranslationSchema, badLocale, 'translations_locale_check', (sp) =>
        sp.insert(translations).values(badLocale),
      );
    }));

  it('stems each value in its own language, and follows a locale change', () =>
    ctx.rollback(async (tx) => {
      const id = uuid();
      const [fr] = await tx
        .insert(translations)
        .values({
          entityType: 'experience',
          entityId: id,
          field: 'description',
          locale: 'fr-FR',
          value: 'Randonnées vers les châteaux',
        })
        .returning();
      await tx.insert(translations).values({
        entityType: 'experience',
        entityId: id,
        field: 'title',
        locale: 'ber',
        value: 'Randonnées vers les châteaux',
      });
      expect(fr!.searchConfig).toBe('french');
      const match = (q: string, locale: string) =>
        queryRows<{ locale: string }>(
          tx,
          sql`select locale from translations where entity_id = ${id}::uuid
               and search_vector @@ websearch_to_tsquery(tq_locale_regconfig(${locale}), ${q})`,
        );
      expect(await match('randonnée château', 'fr')).toEqual([{ locale: 'fr-FR' }]);
      // Under simple, the singular finds neither document.
      expect(await match('randonnée', 'ber')).toEqual([]);
      // Setting the config by hand is overridden by the locale's.
      const [moved] = await tx
        .update(translations)
        .set({ locale: 'en', searchConfig: 'simple' })
        .where(eq(translations.id, fr!.id))
        .returning();
      expect(moved!.searchConfig).toBe('english');
    }));
});
