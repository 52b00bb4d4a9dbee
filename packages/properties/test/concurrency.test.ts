import { describeServer, makeHost, uniq } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findPropertyBySlug, properties } from '../src';
import { propertyInput } from './fixtures';

type Scratch = Awaited<ReturnType<typeof import('@touriquest/testing').createScratchServerDatabase>>;

// Must commit: a rename and an insert of the retired slug race on separate connections.
describeServer('slug reservation under concurrency', () => {
  let scratch: Scratch;
  beforeAll(async () => {
    const { createScratchServerDatabase } = await import('@touriquest/testing');
    scratch = await createScratchServerDatabase({ poolSize: 4 });
  }, 120_000);
  afterAll(async () => {
    await scratch?.drop();
  });

  it('never lets another listing take a slug while it is being retired', async () => {
    const db = scratch.db;
    const host = await makeHost(db);
    for (let round = 0; round < 10; round++) {
      const old = uniq('race');
      const [p] = await db
        .insert(properties)
        .values(propertyInput(host.id, { slug: old }))
        .returning();
      const results = await Promise.allSettled([
        db
          .update(properties)
          .set({ slug: uniq('renamed') })
          .where(eq(properties.id, p!.id)),
        db.insert(properties).values(propertyInput(host.id, { slug: old })),
      ]);
      // Either the insert ran first (slug still taken → unique violation) or after the rename (slug now
      // reserved → refused). It can never succeed, so the old link always leads to the renamed listing.
      expect(results[0].status).toBe('fulfilled');
      expect(results[1].status).toBe('rejected');
      const hit = await findPropertyBySlug(db, old);
      expect(hit).toMatchObject({ redirected: true, property: { id: p!.id } });
    }
  });
});
