import { queryRows, softDeleteWhere, toRuleError } from '@touriquest/core';
import { describeServer, uniq } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findPoiBySlug, poiCategories, pois } from '../src';
import { makeCategory, makePoi, poiInput } from './fixtures';

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

// Must commit: imports and renames race on separate connections.
describeServer('slug reservation at import scale and under concurrency', () => {
  let scratch: Scratch;
  beforeAll(async () => {
    const { createScratchServerDatabase } = await import('@touriquest/testing');
    scratch = await createScratchServerDatabase({ poolSize: 4 });
  }, 120_000);
  afterAll(async () => {
    await scratch?.drop();
  });

  it('imports 20,000 POIs in one transaction (no per-row lock to run out of)', async () => {
    const db = scratch.db;
    const cat = await makeCategory(db);
    const tag = uniq('import');
    await db.transaction(async (tx) => {
      for (let i = 0; i < 20_000; i += 5_000) {
        await tx
          .insert(pois)
          .values(Array.from({ length: 5_000 }, (_, j) => poiInput(cat.id, { slug: `${tag}-${i + j}` })));
      }
    });
    const [row] = await queryRows<{ n: number; docs: number }>(
      db,
      sql`select count(*)::int as n,
                 (select count(*)::int from search_index s join pois p on p.id = s.entity_id
                   where p.slug like ${`${tag}-%`}) as docs
            from pois where slug like ${`${tag}-%`}`,
    );
    expect(row).toEqual({ n: 20_000, docs: 20_000 });
  }, 180_000);

  it('never lets a rename take a slug another POI is retiring at the same moment', async () => {
    const db = scratch.db;
    const cat = await makeCategory(db);
    for (let round = 0; round < 10; round++) {
      const a = await makePoi(db, {}, cat.id);
      const c = await makePoi(db, {}, cat.id);
      const results = await Promise.allSettled([
        db
          .update(pois)
          .set({ slug: uniq('away') })
          .where(eq(pois.id, a.id)),
        db.update(pois).set({ slug: a.slug }).where(eq(pois.id, c.id)),
      ]);
      // Either C ran first (slug still A's: unique violation) or after A's rename (reserved: refused).
      expect(results[0].status).toBe('fulfilled');
      expect(results[1].status).toBe('rejected');
      const reason = (results[1] as PromiseRejectedResult).reason;
      expect(toRuleError(reason)?.rule).toMatch(/^pois_slug_(key|reserved_check)$/);
      expect(await findPoiBySlug(db, a.slug)).toMatchObject({ poi: { id: a.id }, redirected: true });
    }
  });
});
