import { createScratchServerDatabase, describeServer, makeUser, type TestDb } from '@touriquest/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recountTravelStats, travelHistory, travelStatsOf } from '../src';

// Committed, overlapping transactions need a database of their own.
describeServer('travel stats under concurrency', () => {
  let scratch: Awaited<ReturnType<typeof createScratchServerDatabase>>;
  let db: TestDb;
  beforeAll(async () => {
    scratch = await createScratchServerDatabase({ poolSize: 4 });
    db = scratch.db as unknown as TestDb;
  });
  afterAll(() => scratch?.drop());

  it('stays exact when two transactions add trips for the same user at once', async () => {
    const u = await makeUser(db);
    let firstInserted!: () => void;
    const inserted = new Promise<void>((r) => {
      firstInserted = r;
    });
    let release!: () => void;
    const hold = new Promise<void>((r) => {
      release = r;
    });
    const first = db.transaction(async (tx) => {
      await tx.insert(travelHistory).values({
        userId: u.id,
        countryCode: 'FR',
        city: 'Lyon',
        visitedFrom: '2024-01-01',
        visitedTo: '2024-01-03',
      });
      firstInserted();
      // Keep the transaction open while the second one recounts.
      await hold;
    });
    await inserted;
    const second = db.transaction(async (tx) => {
      await tx.insert(travelHistory).values({
        userId: u.id,
        countryCode: 'IT',
        city: 'Turin',
        visitedFrom: '2024-02-01',
        visitedTo: '2024-02-04',
      });
    });
    // Give the second transaction time to reach the per-user lock, then let the first commit.
    await new Promise((r) => setTimeout(r, 300));
    release();
    await Promise.all([first, second]);
    const stored = await travelStatsOf(db, u.id);
    const recount = await recountTravelStats(db, u.id);
    expect(recount).toMatchObject({ trips: 2, countriesVisited: 2, nights: 5 });
    expect(stored).toMatchObject(recount);
  });
});
