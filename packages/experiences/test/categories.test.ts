import { queryOne, restoreWhere, softDeleteWhere } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { experienceCategories, experiencesInCategoryTree } from '../src';
import { makeCategory, makeExperience } from './fixtures';

const label = (id: string) => id.replace(/-/g, '');
const pathOf = async (tx: Parameters<typeof makeCategory>[0], id: string) =>
  (await queryOne<{ path: string }>(
    tx,
    sql`select path::text as path from experience_categories where id = ${id}`,
  ))!.path;

describeEngines('experience category tree', (ctx) => {
  it('keeps paths, re-paths a moved subtree and refuses cycles', () =>
    ctx.rollback(async (tx) => {
      const root = await makeCategory(tx);
      const mid = await makeCategory(tx, root.id);
      const leaf = await makeCategory(tx, mid.id);
      const other = await makeCategory(tx);
      expect(await pathOf(tx, leaf.id)).toBe(`${label(root.id)}.${label(mid.id)}.${label(leaf.id)}`);

      await tx
        .update(experienceCategories)
        .set({ parentId: other.id })
        .where(eq(experienceCategories.id, mid.id));
      expect(await pathOf(tx, mid.id)).toBe(`${label(other.id)}.${label(mid.id)}`);
      expect(await pathOf(tx, leaf.id)).toBe(`${label(other.id)}.${label(mid.id)}.${label(leaf.id)}`);

      await expectRule(tx, 'experience_categories_no_cycle_check', (sp) =>
        sp
          .update(experienceCategories)
          .set({ parentId: leaf.id })
          .where(eq(experienceCategories.id, other.id)),
      );
      // Becoming one's own parent is the shortest cycle: the trigger names it as one.
      await expectRule(tx, 'experience_categories_no_cycle_check', (sp) =>
        sp.update(experienceCategories).set({ parentId: mid.id }).where(eq(experienceCategories.id, mid.id)),
      );
      // On insert (no path yet to compare) the CHECK refuses a row naming itself as parent.
      const selfId = '01900000-0000-7000-8000-00000000abcd';
      await expectRule(tx, 'experience_categories_not_own_parent_check', (sp) =>
        sp
          .insert(experienceCategories)
          .values({ id: selfId, parentId: selfId, slug: 'selfie', name: 'Self' }),
      );
      // A hand-written path is ignored: the trigger owns it.
      await tx.execute(sql`update experience_categories set path = 'x.y' where id = ${leaf.id}`);
      expect(await pathOf(tx, leaf.id)).toBe(`${label(other.id)}.${label(mid.id)}.${label(leaf.id)}`);
    }));

  it('refuses soft-deleting a category that still has live subcategories, and a live one under a deleted one', () =>
    ctx.rollback(async (tx) => {
      const root = await makeCategory(tx);
      const mid = await makeCategory(tx, root.id);
      const leaf = await makeCategory(tx, mid.id);
      const byId = (id: string) => eq(experienceCategories.id, id);

      const refused = await expectRule(tx, 'experience_categories_live_children_check', (sp) =>
        softDeleteWhere(sp, experienceCategories, byId(root.id)),
      );
      expect(refused.message).toMatch(/still has live subcategories/);
      await softDeleteWhere(tx, experienceCategories, byId(leaf.id));
      await softDeleteWhere(tx, experienceCategories, byId(mid.id));
      expect((await tx.select().from(experienceCategories).where(byId(mid.id)))[0]!.deletedAt).not.toBeNull();

      await expectRule(tx, 'experience_categories_live_parent_check', (sp) => makeCategory(sp, mid.id));
      await expectRule(tx, 'experience_categories_live_parent_check', (sp) =>
        restoreWhere(sp, experienceCategories, byId(leaf.id)),
      );
      // Restoring parent and child in one statement is fine: the rule looks at the statement's result.
      const both = inArray(experienceCategories.id, [mid.id, leaf.id]);
      expect(await restoreWhere(tx, experienceCategories, both)).toHaveLength(2);
      await expectRule(tx, 'experience_categories_live_children_check', (sp) =>
        softDeleteWhere(sp, experienceCategories, byId(mid.id)),
      );
    }));

  it('lists the experiences of a category and its descendants in one query', () =>
    ctx.rollback(async (tx) => {
      const root = await makeCategory(tx);
      const child = await makeCategory(tx, root.id);
      const sibling = await makeCategory(tx);
      const a = await makeExperience(tx, { categoryId: root.id, title: 'A tour' });
      const b = await makeExperience(tx, { categoryId: child.id, title: 'B tour' });
      await makeExperience(tx, { categoryId: sibling.id, title: 'C tour' });
      const gone = await makeExperience(tx, { categoryId: child.id, title: 'D tour', deletedAt: new Date() });
      const ids = (await experiencesInCategoryTree(tx, root.id)).map((e) => e.id);
      expect(ids).toEqual([a.id, b.id]);
      expect(ids).not.toContain(gone.id);
      expect((await experiencesInCategoryTree(tx, child.id)).map((e) => e.id)).toEqual([b.id]);
    }));
});
