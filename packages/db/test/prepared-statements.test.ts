import { upcomingBookingsForUser } from '@touriquest/bookings';
import { queryRows, sql, withActor } from '@touriquest/core';
import { findPropertyById, findPropertyBySlug } from '@touriquest/properties';
import {
  getFeed,
  notifications,
  socialPosts,
  unreadNotificationCount,
  userFollows,
} from '@touriquest/social';
import { createScratchServerDatabase, describeServer } from '@touriquest/testing';
import { createSession, findActiveSession } from '@touriquest/users';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeBooking, makeProperty, makeUser } from '../../bookings/test/fixtures';

/**
 * The hot read helpers are prepared statements: parsed once per server connection, then only bound and
 * executed. Observable in pg_prepared_statements on a one-connection pool (PGlite has no such view of
 * Drizzle's statements, so this runs on the server only; the helpers' results are tested on both engines
 * in their packages).
 */
describeServer('hot helpers reuse their prepared statements', () => {
  let scratch: Awaited<ReturnType<typeof createScratchServerDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchServerDatabase({ poolSize: 1 });
  });
  afterAll(() => scratch?.drop());

  /** This connection's prepared statements whose text contains `fragment`, with how often each ran. */
  const statementsLike = (fragment: string) =>
    queryRows<{ name: string; runs: number }>(
      scratch.db,
      sql`select name, (generic_plans + custom_plans)::int as runs from pg_prepared_statements
           where statement like ${`%${fragment}%`} and statement not like '%pg_prepared_statements%'`,
    );

  it('a second and third call of each helper run the statement the first one prepared', async () => {
    const db = scratch.db;
    const property = await makeProperty(db);
    const [guest, author] = [await makeUser(db), await makeUser(db)];
    await makeBooking(db, property.id, guest.id, { checkIn: '2027-04-01', checkOut: '2027-04-03' });
    await db.insert(notifications).values({ userId: guest.id, type: 'welcome', title: 'Welcome' });
    await db.insert(userFollows).values({ followerId: guest.id, followeeId: author.id });
    await db.insert(socialPosts).values({ authorId: author.id, body: 'Hello from Marrakesh' });
    const refreshToken = 'prepared-statements-token';
    await createSession(db, { userId: guest.id, refreshToken, expiresAt: new Date(Date.now() + 3_600_000) });

    for (let i = 0; i < 3; i++) {
      expect((await findPropertyById(db, property.id))?.id).toBe(property.id);
      expect(await unreadNotificationCount(db, guest.id)).toBe(1);
      expect((await upcomingBookingsForUser(db, guest.id, { from: '2027-01-01' })).length).toBe(1);
      expect((await getFeed(db, guest.id)).items.map((p) => p.body)).toEqual(['Hello from Marrakesh']);
      expect((await findPropertyBySlug(db, property.slug))?.property.id).toBe(property.id);
      expect((await findActiveSession(db, refreshToken))?.userId).toBe(guest.id);
    }
    for (const fragment of [
      'from "properties" where ("properties"."id"',
      'from "notifications" where',
      'from "bookings" where',
      'from "user_follows" inner join lateral',
      'from "properties" where ("properties"."slug"',
      'from "user_sessions" where',
    ]) {
      expect(await statementsLike(fragment), fragment).toEqual([{ name: expect.any(String), runs: 3 }]);
    }
  });

  it('inside transactions too: each transaction reuses the statement of its connection', async () => {
    const guest = await makeUser(scratch.db);
    const before = (await statementsLike('from "notifications" where'))[0]!;
    for (let i = 0; i < 2; i++)
      expect(await withActor(scratch.db, guest.id, (tx) => unreadNotificationCount(tx, guest.id))).toBe(0);
    expect(await statementsLike('from "notifications" where')).toEqual([
      { name: before.name, runs: before.runs + 2 },
    ]);
  });
});
