import { fuzzySearchListings, searchListings } from '@touriquest/content';
import { jsonbTextBytes, limits, metadataSchema, queryOne, queryRows, sql } from '@touriquest/core';
import { poiCategories } from '@touriquest/poi';
import { describeEngines, expectRule, makeUser } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';

/**
 * Bounded input (core's limits.ts): jsonb values, category depth and search text have limits with a clear
 * error, on the API's path and on raw SQL — INSERT, UPDATE, bulk, parent and partition.
 */

/** Database-written jsonb columns, bounded by the rows they copy: left without a size check, on purpose. */
const unbounded = new Set(['audit_log.old_data', 'audit_log.new_data', 'outbox_events.payload']);

/** A JSON object whose jsonb text form is exactly `bytes` long. */
const objectOfBytes = (bytes: number) => {
  const empty = jsonbTextBytes({ k: '' });
  return { k: 'x'.repeat(bytes - empty) };
};

describeEngines('bounded input', (ctx) => {
  it('every jsonb column a service writes has a size check (parents and partitioned tables alike)', async () => {
    const columns = await queryRows<{ col: string; checked: boolean }>(
      ctx.db,
      sql`select c.relname || '.' || a.attname as col,
                 exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'c'
                           and k.conname = c.relname || '_' || a.attname || '_size_check') as checked
            from pg_attribute a join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
             and a.atttypid = 'jsonb'::regtype
           order by 1`,
    );
    expect(columns.length).toBeGreaterThan(25);
    const missing = columns.filter((c) => !c.checked && !unbounded.has(c.col)).map((c) => c.col);
    expect(missing).toEqual([]);
  });

  it('measures a value as PostgreSQL does: zod and the database agree on the size (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const row = await queryOne<{ n: number }>(
          ctx.db,
          sql`select octet_length(${JSON.stringify(value)}::jsonb::text) as n`,
        );
        expect(jsonbTextBytes(value)).toBe(Number(row!.n));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses metadata one byte over the limit on INSERT, UPDATE and bulk UPDATE; zod refuses it too', () =>
    ctx.rollback(async (tx) => {
      const atLimit = objectOfBytes(limits.jsonBytes);
      const over = objectOfBytes(limits.jsonBytes + 1);
      expect(metadataSchema.safeParse(atLimit).success).toBe(true);
      expect(metadataSchema.safeParse(over).success).toBe(false);
      const user = await makeUser(tx);
      await tx.execute(
        sql`update users set metadata = ${JSON.stringify(atLimit)}::jsonb where id = ${user.id}`,
      );
      await expectRule(tx, 'users_metadata_size_check', (sp) =>
        sp.execute(sql`update users set metadata = ${JSON.stringify(over)}::jsonb where id = ${user.id}`),
      );
      await expectRule(tx, 'users_metadata_size_check', (sp) =>
        sp.execute(
          sql`update users set metadata = metadata || ${JSON.stringify({ pad: 'x'.repeat(20_000) })}::jsonb`,
        ),
      );
      await expectRule(tx, 'users_metadata_size_check', (sp) =>
        sp.execute(
          sql`insert into users (email, username, metadata)
              values ('big@example.com', 'big_metadata', ${JSON.stringify(over)}::jsonb)`,
        ),
      );
    }));

  it('holds a partitioned table to it through the parent and through a partition', () =>
    ctx.rollback(async (tx) => {
      await tx.execute(sql`select tq_premake_partitions()`);
      const over = JSON.stringify(objectOfBytes(limits.jsonBytes + 1));
      await expectRule(tx, 'user_behavior_events_properties_size_check', (sp) =>
        sp.execute(
          sql`insert into user_behavior_events (event_type, properties) values ('view', ${over}::jsonb)`,
        ),
      );
      const [partition] = await queryRows<{ name: string }>(
        tx,
        sql`select n.nspname || '.' || c.relname as name from pg_inherits i
              join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
             where i.inhparent = 'system_health_checks'::regclass limit 1`,
      );
      await expectRule(tx, 'system_health_checks_metrics_size_check', (sp) =>
        sp.execute(
          sql`insert into ${sql.raw(partition!.name)} (component, status, metrics, checked_at)
              values ('database', 'ok', ${over}::jsonb, now())`,
        ),
      );
    }));

  it(`keeps a category tree within ${limits.categoryDepth} levels, on insert and on a move`, () =>
    ctx.rollback(async (tx) => {
      const chain: string[] = [];
      const add = (parentId: string | null, i: number) =>
        tx
          .insert(poiCategories)
          .values({ name: `Level ${i}`, slug: `depth-${Date.now().toString(36)}-${i}`, parentId })
          .returning();
      for (let i = 1; i <= limits.categoryDepth; i++) {
        const [c] = await add(chain.at(-1) ?? null, i);
        chain.push(c!.id);
      }
      await expectRule(tx, 'poi_categories_depth_check', (sp) =>
        sp.execute(
          sql`insert into poi_categories (name, slug, parent_id) values ('Too deep', 'too-deep', ${chain.at(-1)})`,
        ),
      );
      // A two-level subtree moved under level 9 would put its child at level 11.
      const [top] = await add(null, 100);
      await tx
        .insert(poiCategories)
        .values({ name: 'Child', slug: `depth-child-${Date.now()}`, parentId: top!.id });
      await expectRule(tx, 'poi_categories_depth_check', (sp) =>
        sp.update(poiCategories).set({ parentId: chain[8]! }).where(eq(poiCategories.id, top!.id)),
      );
    }));

  it('refuses a search text over 200 characters or 32 words, or blank, with the limit it broke', async () => {
    const huge = 'sunset '.repeat(1_500_000); // ~10 MB
    await expect(searchListings(ctx.db, { query: huge, locale: 'en' })).rejects.toThrow(
      /at most 200 characters/,
    );
    await expect(fuzzySearchListings(ctx.db, { name: huge })).rejects.toThrow(/at most 200 characters/);
    await expect(searchListings(ctx.db, { query: 'a '.repeat(40), locale: 'en' })).rejects.toThrow(
      /at most 32 words/,
    );
    await expect(searchListings(ctx.db, { query: '   ', locale: 'en' })).rejects.toThrow(/empty/);
    expect(await searchListings(ctx.db, { query: 'sunset terrace', locale: 'en' })).toBeInstanceOf(Array);
  });
});
