import { queryRows } from '@touriquest/core';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  type TestDb,
} from '@touriquest/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentVersions, insertContentVersionSchema, recordContentEvent, recordVersion } from '../src';
import { makeUser, refusedByBoth, uuid } from './fixtures';

describeEngines('content_versions', (ctx) => {
  it('numbers versions 1, 2, 3 per entity and keeps them unique', () =>
    ctx.rollback(async (tx) => {
      const author = await makeUser(tx);
      const poi = { type: 'poi' as const, id: uuid() };
      const other = { type: 'property' as const, id: poi.id };
      const v1 = await recordVersion(tx, poi, { name: 'Bahia' }, { authorId: author.id });
      const v2 = await recordVersion(tx, poi, { name: 'Bahia Palace' });
      const o1 = await recordVersion(tx, other, { title: 'Riad' });
      expect([v1.version, v2.version, o1.version]).toEqual([1, 2, 1]);
      expect(v1.authorId).toBe(author.id);
      await expectRule(tx, 'content_versions_entity_type_entity_id_version_key', (sp) =>
        sp.insert(contentVersions).values({ entityType: 'poi', entityId: poi.id, version: 2, snapshot: {} }),
      );
      // An explicit next number is accepted; the trigger only fills a missing one.
      await tx
        .insert(contentVersions)
        .values({ entityType: 'poi', entityId: poi.id, version: 3, snapshot: {} });
      expect((await recordVersion(tx, poi, { name: 'x' })).version).toBe(4);
    }));

  it('refuses non-object snapshots and version 0, and never rewrites history', () =>
    ctx.rollback(async (tx) => {
      const id = uuid();
      const arr = {
        entityType: 'review' as const,
        entityId: id,
        version: 1,
        snapshot: [1, 2] as unknown as Record<string, unknown>,
      };
      await refusedByBoth(
        tx,
        insertContentVersionSchema,
        arr,
        'content_versions_snapshot_object_check',
        (sp) => sp.insert(contentVersions).values(arr),
      );
      const zero = { entityType: 'review' as const, entityId: id, version: 0, snapshot: {} };
      await refusedByBoth(tx, insertContentVersionSchema, zero, 'content_versions_version_check', (sp) =>
        sp.insert(contentVersions).values(zero),
      );
      const v = await recordVersion(tx, { type: 'review', id }, { body: 'first' });
      await expectRule(tx, 'content_versions_immutable_check', (sp) =>
        sp
          .update(contentVersions)
          .set({ snapshot: { body: 'changed' } })
          .where(eq(contentVersions.id, v.id)),
      );
      // An unknown entity kind is refused by the enum type itself.
      const err = await tx
        .transaction(async (sp) => {
          await sp.execute(
            sql`insert into content_versions (entity_type, entity_id, snapshot) values ('planet', ${id}, '{}')`,
          );
        })
        .then(
          () => null,
          (e: unknown) => e as Error & { cause?: Error },
        );
      expect(`${err?.message} ${err?.cause?.message}`).toMatch(
        /invalid input value for enum content_entity_type/,
      );
    }));
});

// Committed, overlapping transactions need a database of their own.
describeServer('content_versions under concurrency', () => {
  let scratch: Awaited<ReturnType<typeof createScratchServerDatabase>>;
  let db: TestDb;
  beforeAll(async () => {
    scratch = await createScratchServerDatabase({ poolSize: 12 });
    db = scratch.db as unknown as TestDb;
  });
  afterAll(() => scratch?.drop());

  it('gives parallel writers distinct consecutive versions', async () => {
    const entity = { type: 'experience' as const, id: uuid() };
    const n = 24;
    // Each call in its own transaction, holding it briefly after inserting so the writers overlap.
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        db.transaction(async (tx) => {
          const v = await recordVersion(tx as unknown as TestDb, entity, { i });
          await new Promise((r) => setTimeout(r, 5));
          return v.version;
        }),
      ),
    );
    expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const stored = await queryRows<{ version: number }>(
      db,
      sql`select version from content_versions where entity_type = 'experience' and entity_id = ${entity.id}::uuid order by version`,
    );
    expect(stored.map((r) => r.version)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const rows = await db
      .select()
      .from(contentVersions)
      .where(and(eq(contentVersions.entityType, 'experience'), eq(contentVersions.entityId, entity.id)));
    expect(rows).toHaveLength(n);
  });

  it('loses no analytics increment when many recorders hit the same entity and day', async () => {
    const entity = { type: 'poi' as const, id: uuid() };
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        recordContentEvent(db, entity, i % 3 === 0 ? 'click' : 'view', {
          day: '2025-08-01',
          count: 1 + (i % 2),
        }),
      ),
    );
    // Recount from the events sent: i % 3 === 0 are clicks, the rest views; i odd counts 2.
    const expected = { views: 0, clicks: 0 };
    for (let i = 0; i < 30; i++) expected[i % 3 === 0 ? 'clicks' : 'views'] += 1 + (i % 2);
    const row = await queryRows<{ views: number; clicks: number }>(
      db,
      sql`select views, clicks from content_analytics where entity_type = 'poi' and entity_id = ${entity.id}::uuid`,
    );
    expect(row).toEqual([expected]);
  });
});
