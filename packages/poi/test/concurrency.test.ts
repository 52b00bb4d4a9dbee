import { queryRows, softDeleteWhere, toRuleError } from '@touriquest/core';
import { describeServer } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { poiCategories } from '../src';
import { makeCategory } from './fixtures';

type Scratch = Awaited<ReturnType<typeof import('@touriquest/testing').createScratchServerDatabase>>;

// Must commit: the two moves race on separate connections.
describeServer('category tree under concurrency', () => {
  let scratch: Scratch;
  beforeAll(async () => {
    const { createScratchServerDatabase } = await import('@touriquest/testing');
    scratch = await createScratchServerDatabase({ poolSize: 4 });
  }, 120_000);
  afterAll(async () => {
    await scratch?.drop();
  });

  it('never commits a cycle from two crossing moves (A under B, B under A)', async () => {
    const db = scratch.db;
    for (let round = 0; round < 10; round++) {
      const a = await makeCategory(db);
      const b = await makeCategory(db);
      const child = await makeCategory(db, b.id);
      const move = (id: string, parentId: string) =>
        db.update(poiCategories).set({ parentId }).where(eq(poiCategories.id, id));
      const results = await Promise.allSettled([move(a.id, child.id), move(b.id, a.id)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(
        String(failed.reason?.cause?.constraint_name ?? failed.reason?.constraint_name ?? failed.reason),
      ).toMatch(/poi_categories_no_cycle_check/);
      // Every path is its parent's path plus its own label: the tree is consistent.
      const rows = await queryRows<{ ok: boolean }>(
        db,
        sql`select c.path = coalesce(p.path, ''::ltree) || replace(c.id::text, '-', '')::ltree as ok
              from poi_categories c left join poi_categories p on p.id = c.parent_id
             where c.id in (${a.id}, ${b.id}, ${child.id})`,
      );
      expect(rows.map((r) => r.ok)).toEqual([true, true, true]);
    }
  });

  it('never leaves a live subcategory under a deleted one when a soft delete races an insert under it', async () => {
    const db = scratch.db;
    for (let round = 0; round < 10; round++) {
      const parent = await makeCategory(db);
      const results = await Promise.allSettled([
        softDeleteWhere(db, poiCategories, eq(poiCategories.id, parent.id)),
        makeCategory(db, parent.id),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(toRuleError(failed.reason)?.rule).toMatch(/^poi_categories_live_(children|parent)_check$/);
      const orphans = await queryRows<{ id: string }>(
        db,
        sql`select c.id from poi_categories c join poi_categories p on p.id = c.parent_id
             where p.id = ${parent.id} and p.deleted_at is not null and c.deleted_at is null`,
      );
      expect(orphans).toEqual([]);
    }
  });
});
