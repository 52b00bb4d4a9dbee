import { queryOne, toRuleError } from '@touriquest/core';
import { createScratchServerDatabase, describeServer, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { experienceSchedules, experiences } from '../src';
import { makeExperience } from './fixtures';

const N = 8;
// A schedule is refused by its own rule; lowering the experience's cap below a schedule by the experience's.
const rule = 'experience_schedules_capacity_max_participants_check';
const loweringRule = 'experiences_max_participants_schedules_check';

/** A promise and the function that resolves it, to hold a transaction open at a chosen point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

/** Starts `q` now (drizzle builders run when awaited) and settles to 'accepted' or the rule that refused it. */
const outcome = async (q: PromiseLike<unknown>): Promise<string> => {
  try {
    await q;
    return 'accepted';
  } catch (err) {
    return toRuleError(err)?.rule ?? String(err);
  }
};

// Live schedules whose capacity exceeds their experience's max participants: the rule says none.
const oversized = async (db: TestDb, experienceId: string) =>
  (await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from experience_schedules s join experiences e on e.id = s.experience_id
         where e.id = ${experienceId} and s.status <> 'cancelled' and s.capacity > e.max_participants`,
  ))!.n;

// Committed, overlapping transactions need a database of their own. Seats themselves are sold under a lock on
// the schedule row (bookings' seats test); the race here is a schedule's capacity against max participants.
describeServer('schedule capacity vs max participants under concurrency', () => {
  let scratch: Awaited<ReturnType<typeof createScratchServerDatabase>>;
  let db: TestDb;
  beforeAll(async () => {
    scratch = await createScratchServerDatabase({ poolSize: N + 4 });
    db = scratch.db as unknown as TestDb;
  }, 120_000);
  afterAll(() => scratch?.drop());

  const addSchedule = (tx: TestDb, experienceId: string, i: number) =>
    tx.insert(experienceSchedules).values({
      experienceId,
      startsAt: new Date(Date.UTC(2027, 5, 1 + i, 9)),
      endsAt: new Date(Date.UTC(2027, 5, 1 + i, 12)),
      capacity: 8,
    });

  it(`refuses ${N} concurrent 8-seat schedules once an uncommitted change lowers max participants to 4`, async () => {
    const e = await makeExperience(db, { maxParticipants: 10 });
    const lowered = gate();
    const release = gate();
    const lowering = outcome(
      db.transaction(async (tx) => {
        await tx.update(experiences).set({ maxParticipants: 4 }).where(eq(experiences.id, e.id));
        lowered.open();
        await release.opened;
      }),
    );
    await lowered.opened;
    const inserts = Array.from({ length: N }, (_, i) => outcome(addSchedule(db, e.id, i)));
    // Give the inserts time to reach the experience row, then commit the lowering.
    await new Promise((r) => setTimeout(r, 300));
    release.open();
    expect(await Promise.all([lowering, ...inserts])).toEqual(['accepted', ...Array(N).fill(rule)]);
    expect(await oversized(db, e.id)).toBe(0);
  });

  it(`refuses to lower max participants to 4 under ${N} uncommitted 8-seat schedules`, async () => {
    const e = await makeExperience(db, { maxParticipants: 10 });
    const release = gate();
    const inserted = Array.from({ length: N }, () => gate());
    const inserts = inserted.map((g, i) =>
      outcome(
        db.transaction(async (tx) => {
          await addSchedule(tx, e.id, i);
          g.open();
          await release.opened;
        }),
      ),
    );
    await Promise.all(inserted.map((g) => g.opened));
    const lowering = outcome(
      db.update(experiences).set({ maxParticipants: 4 }).where(eq(experiences.id, e.id)),
    );
    await new Promise((r) => setTimeout(r, 300));
    release.open();
    expect(await Promise.all([lowering, ...inserts])).toEqual([loweringRule, ...Array(N).fill('accepted')]);
    expect(await oversized(db, e.id)).toBe(0);
  });
});
