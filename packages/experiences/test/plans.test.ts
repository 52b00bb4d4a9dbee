import {
  describeEngines,
  describeServer,
  explain,
  makeHost,
  makeUser,
  type TestDb,
} from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  experienceSchedules,
  experiences,
  experiencesInCategoryTree,
  openSchedulesNear,
  openSchedulesNearQuery,
} from '../src';
import { experienceInput, makeCategory, makeExperience } from './fixtures';

const medina = { lon: -7.9811, lat: 31.6295 };
const day = (d: number, h = 9) => new Date(Date.UTC(2027, 5, d, h));

describeEngines('open schedules near a point', (ctx) => {
  it('returns open, active, near schedules in the window with enough free seats, soonest first', () =>
    ctx.rollback(async (tx) => {
      const near = await makeExperience(tx, { location: medina, maxParticipants: 10 });
      const far = await makeExperience(tx, { location: { lon: -5.0, lat: 34.0 }, maxParticipants: 10 });
      const paused = await makeExperience(tx, { location: medina, status: 'paused', maxParticipants: 10 });
      const row = (
        experienceId: string,
        d: number,
        over: Partial<typeof experienceSchedules.$inferInsert> = {},
      ) => ({
        experienceId,
        startsAt: day(d),
        endsAt: day(d, 12),
        capacity: 10,
        ...over,
      });
      const rows = await tx
        .insert(experienceSchedules)
        .values([
          row(near.id, 3), // 0: in
          row(near.id, 2), // 1: only 1 seat free (9 booked below)
          row(near.id, 4, { status: 'cancelled' }), // 2
          row(near.id, 20), // 3: outside window
          // An hour later than 0: equal start times would be ordered by id, whose low bits are random.
          row(far.id, 3, { startsAt: day(3, 10) }), // 4: too far
          row(paused.id, 3), // 5: experience paused
          row(near.id, 5), // 6: full (10 booked below)
        ])
        .returning();
      // Seats are the database's (derived from bookings): sell them the way a booking does.
      const guest = await makeUser(tx);
      for (const [i, seats] of [
        [1, 9],
        [6, 10],
      ] as const)
        await tx.execute(
          sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
              values (${rows[i]!.id}, ${guest.id}, ${seats}, 0, 'EUR')`,
        );
      const ids = (r: { id: string }[]) => r.map((x) => x.id);
      const params = { from: day(1, 0), to: day(10, 0), near: { ...medina, radiusKm: 20 } };
      const mine = new Set(rows.map((r) => r.id));
      const hits = (await openSchedulesNear(tx, { ...params, minSeats: 2 })).filter((h) => mine.has(h.id));
      expect(ids(hits)).toEqual([rows[0]!.id]);
      expect(hits[0]!.freeSeats).toBe(10);
      expect(hits[0]!.distanceM).toBeLessThan(1);
      const oneSeat = (await openSchedulesNear(tx, params)).filter((h) => mine.has(h.id));
      expect(ids(oneSeat)).toEqual([rows[1]!.id, rows[0]!.id]);
      const anywhere = (await openSchedulesNear(tx, { from: params.from, to: params.to })).filter((h) =>
        mine.has(h.id),
      );
      expect(ids(anywhere)).toEqual([rows[1]!.id, rows[0]!.id, rows[4]!.id]);
      expect(() =>
        openSchedulesNearQuery(tx, { ...params, near: { lon: 0, lat: 95, radiusKm: 1 } }),
      ).toThrow();
    }));
});

async function seed(tx: TestDb) {
  const host = await makeHost(tx);
  const cat = await makeCategory(tx);
  const exps = await tx
    .insert(experiences)
    .values(
      Array.from({ length: 200 }, (_, i) =>
        experienceInput(host.id, {
          categoryId: cat.id,
          location: { lon: -9 + (i % 20) * 0.1, lat: 30 + Math.floor(i / 20) * 0.2 },
        }),
      ),
    )
    .returning({ id: experiences.id });
  await tx.insert(experienceSchedules).values(
    exps.flatMap((e, i) =>
      Array.from({ length: 10 }, (_, k) => ({
        experienceId: e.id,
        startsAt: new Date(Date.UTC(2027, 0, 1 + ((i + k * 7) % 300), 9)),
        endsAt: new Date(Date.UTC(2027, 0, 1 + ((i + k * 7) % 300), 12)),
        capacity: 8,
        status: k % 5 === 0 ? ('cancelled' as const) : ('open' as const),
      })),
    ),
  );
  await tx.execute(sql`analyze experiences`);
  await tx.execute(sql`analyze experience_schedules`);
  await tx.execute(sql`analyze experience_categories`);
  await tx.execute(sql`set local enable_seqscan = off`);
  return cat;
}

describeServer('experience access-path plans', (ctx) => {
  it('serves open schedules in a window from experience_schedules_open_starts_at_idx', () =>
    ctx.rollback(async (tx) => {
      await seed(tx);
      const window = {
        from: new Date(Date.UTC(2027, 2, 1)),
        to: new Date(Date.UTC(2027, 2, 8)),
        minSeats: 2,
      };
      const plan = await explain(tx, openSchedulesNearQuery(tx, window));
      expect(plan).toContain('experience_schedules_open_starts_at_idx');
      const nearPlan = await explain(
        tx,
        openSchedulesNearQuery(tx, { ...window, near: { lon: -8.5, lat: 30.5, radiusKm: 15 } }),
      );
      // A small radius is the selective filter: the GiST finds the experiences, then their runs by
      // (experience_id, starts_at).
      expect(nearPlan).toContain('experiences_location_idx');
      expect(nearPlan).toContain('experience_schedules_experience_id_idx');
    }));

  it('serves the category subtree from experience_categories_path_idx', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const roots = await Promise.all(Array.from({ length: 20 }, () => makeCategory(tx)));
      const leaves: { id: string }[] = [];
      for (const r of roots) for (let k = 0; k < 15; k++) leaves.push(await makeCategory(tx, r.id));
      await tx
        .insert(experiences)
        .values(
          Array.from({ length: 600 }, (_, i) =>
            experienceInput(host.id, { categoryId: leaves[i % leaves.length]!.id }),
          ),
        );
      await tx.execute(sql`analyze experiences`);
      await tx.execute(sql`analyze experience_categories`);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await explain(tx, experiencesInCategoryTree(tx, roots[3]!.id));
      expect(plan).toContain('experience_categories_path_idx');
      expect(plan).toContain('experiences_category_id_idx');
    }));
});
