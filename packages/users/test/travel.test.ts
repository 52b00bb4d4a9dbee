import { describeEngines, makeUser, makeUsers, refusedByBoth, type TestDb } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertTravelHistorySchema,
  insertTravelStatsSchema,
  recountTravelStats,
  travelHistory,
  travelStats,
  travelStatsOf,
  updateTravelHistorySchema,
  userProfiles,
} from '../src';

async function expectConsistent(tx: TestDb, userId: string) {
  const stored = await travelStatsOf(tx, userId);
  const recount = await recountTravelStats(tx, userId);
  expect(stored, 'travel_stats row missing').toBeDefined();
  expect({
    countriesVisited: stored!.countriesVisited,
    citiesVisited: stored!.citiesVisited,
    trips: stored!.trips,
    nights: stored!.nights,
    distanceKm: stored!.distanceKm,
    lastTripAt: stored!.lastTripAt,
  }).toEqual(recount);
  return recount;
}

const paris = { lon: 2.3522, lat: 48.8566 };
const madrid = { lon: -3.7038, lat: 40.4168 };

describeEngines('travel history and stats', (ctx) => {
  it('keeps travel_stats equal to a recount from scratch through inserts, updates and deletes', () =>
    ctx.rollback(async (tx) => {
      const [u, v] = await makeUsers(tx, 2);
      const uid = u!.id;
      const add = async (row: Omit<typeof travelHistory.$inferInsert, 'userId'>, userId = uid) => {
        const [r] = await tx
          .insert(travelHistory)
          .values({ userId, ...row })
          .returning();
        return r!;
      };
      const paris1 = await add({
        countryCode: 'FR',
        city: 'Paris',
        location: paris,
        visitedFrom: '2024-01-01',
        visitedTo: '2024-01-05',
      });
      let s = await expectConsistent(tx, uid);
      expect(s).toMatchObject({
        countriesVisited: 1,
        citiesVisited: 1,
        trips: 1,
        nights: 4,
        distanceKm: 0,
        lastTripAt: '2024-01-05',
      });

      await add({ countryCode: 'FR', city: ' paris ', visitedFrom: '2024-03-01', visitedTo: '2024-03-02' });
      const mar = await add({
        countryCode: 'MA',
        city: 'Marrakech',
        visitedFrom: '2024-06-10',
        visitedTo: '2024-06-10',
      });
      s = await expectConsistent(tx, uid);
      expect(s).toMatchObject({
        countriesVisited: 2,
        citiesVisited: 2,
        trips: 3,
        nights: 5,
        lastTripAt: '2024-06-10',
      });

      // A home location makes distance computable; setting it recomputes.
      await tx.insert(userProfiles).values({ userId: uid, homeLocation: { lon: -6.8498, lat: 34.0209 } });
      s = await expectConsistent(tx, uid);
      expect(s.distanceKm).toBeGreaterThan(1700);
      expect(s.distanceKm).toBeLessThan(2000);

      await tx
        .update(travelHistory)
        .set({ countryCode: 'ES', city: 'Madrid', location: madrid })
        .where(eq(travelHistory.id, mar.id));
      s = await expectConsistent(tx, uid);
      expect(s).toMatchObject({ countriesVisited: 2, citiesVisited: 2, trips: 3 });

      await tx.update(travelHistory).set({ visitedTo: '2024-12-31' }).where(eq(travelHistory.id, paris1.id));
      s = await expectConsistent(tx, uid);
      expect(s.lastTripAt).toBe('2024-12-31');

      // Moving an entry to another user recomputes both.
      await tx.update(travelHistory).set({ userId: v!.id }).where(eq(travelHistory.id, mar.id));
      await expectConsistent(tx, uid);
      expect(await expectConsistent(tx, v!.id)).toMatchObject({ trips: 1, countriesVisited: 1 });

      await tx.update(userProfiles).set({ homeLocation: paris }).where(eq(userProfiles.userId, uid));
      expect((await expectConsistent(tx, uid)).distanceKm).toBe(0);

      await tx.delete(travelHistory).where(eq(travelHistory.userId, uid));
      s = await expectConsistent(tx, uid);
      expect(s).toMatchObject({
        countriesVisited: 0,
        citiesVisited: 0,
        trips: 0,
        nights: 0,
        distanceKm: 0,
        lastTripAt: null,
      });
    }));

  it('refuses negative stats in zod and in the database (repair tooling writes them)', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const bad = { userId: u.id, trips: -1 };
      await refusedByBoth(tx, insertTravelStatsSchema, bad, 'travel_stats_counts_check', (sp) =>
        sp.insert(travelStats).values(bad),
      );
    }));

  it('refuses a visit that ends before it starts and a malformed country, in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const backwards = {
        userId: u.id,
        countryCode: 'FR',
        visitedFrom: '2024-05-02',
        visitedTo: '2024-05-01',
      };
      await refusedByBoth(
        tx,
        insertTravelHistorySchema,
        backwards,
        'travel_history_visited_range_check',
        (sp) => sp.insert(travelHistory).values(backwards),
      );
      expect(
        updateTravelHistorySchema.safeParse({ visitedFrom: '2024-05-02', visitedTo: '2024-05-01' }).success,
      ).toBe(false);
      const lower = { userId: u.id, countryCode: 'fr', visitedFrom: '2024-05-01', visitedTo: '2024-05-01' };
      await refusedByBoth(tx, insertTravelHistorySchema, lower, 'travel_history_country_code_check', (sp) =>
        sp.insert(travelHistory).values(lower),
      );
      const booking = '01900000-0000-7000-8000-000000000001';
      await tx.insert(travelHistory).values({ ...lower, countryCode: 'FR', bookingId: booking });
      const { expectRule } = await import('@touriquest/testing');
      await expectRule(tx, 'travel_history_booking_id_key', (sp) =>
        sp.insert(travelHistory).values({ ...lower, countryCode: 'IT', bookingId: booking }),
      );
    }));
});
