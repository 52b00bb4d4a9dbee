import { queryOne, restoreWhere, softDeleteWhere } from '@touriquest/core';
import { describeEngines, describeServer, expectRule, explain, uniq } from '@touriquest/testing';
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertPoiCategorySchema, poiCategories, poisInCategoryTree } from '../src';
import { makeCategory, makePoi } from './fixtures';
import { seedPlanData } from './plan-data';

const label = (id: string) => id.replace(/-/g, '');
const pathOf = async (tx: Parameters<typeof queryOne>[0], id: string) =>
  (await queryOne<{ path: string }>(tx, sql`select path::text as path from poi_categories where id = ${id}`))!
    .path;

describeEngines('poi category tree', (ctx) => {
  it('keeps path from the parents and answers "this category and its descendants" in one query', () =>
    ctx.rollback(async (tx) => {
      const culture = await makeCategory(tx, null, 'Culture');
      const museums = await makeCategory(tx, culture.id, 'Museums');
      const art = await makeCategory(tx, museums.id, 'Art museums');
      const nature = await makeCategory(tx, null, 'Nature');
      expect(await pathOf(tx, art.id)).toBe(`${label(culture.id)}.${label(museums.id)}.${label(art.id)}`);

      const inCulture = await makePoi(tx, { name: 'A Medersa' }, culture.id);
      const inArt = await makePoi(tx, { name: 'B Musée Yves Saint Laurent' }, art.id);
      const inNature = await makePoi(tx, { name: 'C Jardin' }, nature.id);
      const deleted = await makePoi(tx, { name: 'D gone', deletedAt: new Date() }, museums.id);

      const ids = async (cat: string) => (await poisInCategoryTree(tx, cat)).map((p) => p.id);
      expect(await ids(culture.id)).toEqual([inCulture.id, inArt.id]);
      expect(await ids(museums.id)).toEqual([inArt.id]);
      expect(await ids(nature.id)).toEqual([inNature.id]);
      expect(await ids(culture.id)).not.toContain(deleted.id);

      // Moving museums under nature re-paths its whole subtree.
      await tx.update(poiCategories).set({ parentId: nature.id }).where(eq(poiCategories.id, museums.id));
      expect(await pathOf(tx, art.id)).toBe(`${label(nature.id)}.${label(museums.id)}.${label(art.id)}`);
      expect(await ids(culture.id)).toEqual([inCulture.id]);
      expect(await ids(nature.id)).toEqual([inArt.id, inNature.id]);

      // Back to the root.
      await tx.update(poiCategories).set({ parentId: null }).where(eq(poiCategories.id, museums.id));
      expect(await pathOf(tx, art.id)).toBe(`${label(museums.id)}.${label(art.id)}`);
    }));

  it('refuses a move that would create a cycle, and ignores direct writes to path', () =>
    ctx.rollback(async (tx) => {
      const a = await makeCategory(tx, null, 'A');
      const b = await makeCategory(tx, a.id, 'B');
      const c = await makeCategory(tx, b.id, 'C');
      const moveUnder = (id: string, parentId: string) =>
        expectRule(tx, 'poi_categories_no_cycle_check', (sp) =>
          sp.update(poiCategories).set({ parentId }).where(eq(poiCategories.id, id)),
        );
      await moveUnder(a.id, c.id);
      await moveUnder(a.id, b.id);
      await moveUnder(b.id, b.id);
      expect(await pathOf(tx, c.id)).toBe(`${label(a.id)}.${label(b.id)}.${label(c.id)}`);

      await tx.execute(sql`update poi_categories set path = 'x.y' where id = ${c.id}`);
      expect(await pathOf(tx, c.id)).toBe(`${label(a.id)}.${label(b.id)}.${label(c.id)}`);

      // A category holding subcategories or POIs cannot be hard-deleted from under them.
      await expectRule(tx, 'poi_categories_parent_id_poi_categories_id_fk', (sp) =>
        sp.delete(poiCategories).where(eq(poiCategories.id, b.id)),
      );
      await makePoi(tx, {}, c.id);
      await expectRule(tx, 'pois_category_id_poi_categories_id_fk', (sp) =>
        sp.delete(poiCategories).where(eq(poiCategories.id, c.id)),
      );
    }));

  it('refuses soft-deleting a category that still has live subcategories, and a live one under a deleted one', () =>
    ctx.rollback(async (tx) => {
      const culture = await makeCategory(tx, null, 'Culture');
      const museums = await makeCategory(tx, culture.id, 'Museums');
      const art = await makeCategory(tx, museums.id, 'Art museums');
      const other = await makeCategory(tx, null, 'Other');
      const byId = (id: string) => eq(poiCategories.id, id);

      const refused = await expectRule(tx, 'poi_categories_live_children_check', (sp) =>
        softDeleteWhere(sp, poiCategories, byId(museums.id)),
      );
      expect(refused.message).toMatch(/still has live subcategories/);
      await expectRule(tx, 'poi_categories_live_children_check', (sp) =>
        softDeleteWhere(sp, poiCategories, byId(culture.id)),
      );
      // Leaf first, then its parent: each is deleted once nothing live hangs below it.
      await softDeleteWhere(tx, poiCategories, byId(art.id));
      await softDeleteWhere(tx, poiCategories, byId(museums.id));

      // Nothing live may go under a deleted category: no insert, no move, no restore of a child first.
      await expectRule(tx, 'poi_categories_live_parent_check', (sp) => makeCategory(sp, museums.id));
      await expectRule(tx, 'poi_categories_live_parent_check', (sp) =>
        sp.update(poiCategories).set({ parentId: museums.id }).where(byId(other.id)),
      );
      await expectRule(tx, 'poi_categories_live_parent_check', (sp) =>
        restoreWhere(sp, poiCategories, byId(art.id)),
      );
      await restoreWhere(tx, poiCategories, byId(museums.id));
      await restoreWhere(tx, poiCategories, byId(art.id));

      // One statement may delete (or restore) a whole subtree: the rule looks at the statement's result.
      const subtree = inArray(poiCategories.id, [culture.id, museums.id, art.id]);
      expect(await softDeleteWhere(tx, poiCategories, subtree)).toHaveLength(3);
      expect(await restoreWhere(tx, poiCategories, subtree)).toHaveLength(3);
    }));

  it('keeps category slugs unique and well-formed in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const a = await makeCategory(tx);
      await expectRule(tx, 'poi_categories_slug_key', (sp) =>
        sp.insert(poiCategories).values({ slug: a.slug, name: 'dup' }),
      );
      expect(insertPoiCategorySchema.safeParse({ slug: 'Bad Slug', name: 'x' }).success).toBe(false);
      await expectRule(tx, 'poi_categories_slug_format_check', (sp) =>
        sp.insert(poiCategories).values({ slug: 'Bad Slug', name: 'x' }),
      );
      expect(insertPoiCategorySchema.safeParse({ slug: uniq('ok'), name: 'Fine' }).success).toBe(true);
    }));
});

describeServer('poi category plans', (ctx) => {
  it('serves the subtree query from poi_categories_path_idx and pois_category_id_idx', () =>
    ctx.rollback(async (tx) => {
      const { rootId } = await seedPlanData(tx);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await explain(tx, poisInCategoryTree(tx, rootId));
      expect(plan).toContain('poi_categories_path_idx');
      expect(plan).toContain('pois_category_id_idx');
      expect((await poisInCategoryTree(tx, rootId)).length).toBeGreaterThan(0);
    }));
});
