import { queryRows, restoreWhere, softDeleteWhere } from '@touriquest/core';
import { describeEngines, expectRule, type TestDb, uniq } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  experiences,
  experienceTranslations,
  findExperienceBySlug,
  insertExperienceTranslationSchema,
} from '../src';
import { makeExperience } from './fixtures';

interface Doc {
  locale: string;
  title: string;
  is_visible: boolean;
}
const docs = (tx: TestDb, id: string) =>
  queryRows<Doc>(
    tx,
    sql`select locale, title, is_visible from search_index
         where entity_type = 'experience' and entity_id = ${id} order by locale`,
  );

describeEngines('experience search and slugs', (ctx) => {
  it('keeps search_index in step with the experience and its translations', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx, { description: 'Tasting the souks at dusk.' });
      expect(await docs(tx, e.id)).toEqual([{ locale: 'en', title: 'Medina food tour', is_visible: true }]);
      const where = eq(experiences.id, e.id);
      await tx.update(experiences).set({ title: 'Medina night food tour' }).where(where);
      await tx.update(experiences).set({ status: 'paused' }).where(where);
      expect(await docs(tx, e.id)).toEqual([
        { locale: 'en', title: 'Medina night food tour', is_visible: false },
      ]);
      await tx.update(experiences).set({ status: 'active' }).where(where);

      const [fr] = await tx
        .insert(experienceTranslations)
        .values({
          experienceId: e.id,
          locale: 'fr',
          title: 'Visite gourmande de la médina',
          description: 'Nous dégusterons les spécialités des marchés.',
        })
        .returning();
      expect(fr!.searchConfig).toBe('french');
      expect((await docs(tx, e.id)).map((d) => d.locale)).toEqual(['en', 'fr']);

      // French stemming: "marché" finds "marchés", "déguster" finds "dégusterons", through search_index.
      const hits = await queryRows<{ entity_id: string }>(
        tx,
        sql`select entity_id from search_index
             where entity_type = 'experience' and locale = 'fr' and entity_id = ${e.id}
               and search_vector @@ plainto_tsquery('french', 'marché déguster')`,
      );
      expect(hits).toHaveLength(1);

      const dup = { experienceId: e.id, locale: 'fr', title: 'Encore' };
      expect(insertExperienceTranslationSchema.safeParse(dup).success).toBe(true);
      await expectRule(tx, 'experience_translations_experience_id_locale_key', (sp) =>
        sp.insert(experienceTranslations).values(dup),
      );

      await tx.delete(experienceTranslations).where(eq(experienceTranslations.id, fr!.id));
      expect((await docs(tx, e.id)).map((d) => d.locale)).toEqual(['en']);

      await softDeleteWhere(tx, experiences, where);
      expect(await docs(tx, e.id)).toEqual([]);
      await restoreWhere(tx, experiences, where);
      expect((await docs(tx, e.id)).map((d) => d.locale)).toEqual(['en']);
    }));

  it('an old slug redirects to the renamed experience and stays reserved', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      const old = e.slug;
      const next = uniq('renamed');
      await tx.update(experiences).set({ slug: next }).where(eq(experiences.id, e.id));
      expect(await findExperienceBySlug(tx, next)).toMatchObject({
        redirected: false,
        experience: { id: e.id },
      });
      expect(await findExperienceBySlug(tx, old)).toMatchObject({
        redirected: true,
        experience: { id: e.id },
      });
      await expectRule(tx, 'experiences_slug_reserved_check', (sp) => makeExperience(sp, { slug: old }));
      expect(await findExperienceBySlug(tx, uniq('nothing'))).toBeUndefined();
    }));
});
