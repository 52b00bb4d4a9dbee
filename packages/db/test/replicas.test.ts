/**
 * Read replicas against a real streaming replica on loopback (issue 15): reads land on the replica, writes
 * and transactions on the primary, and replication lag — made deterministic by pausing WAL replay on the
 * replica — is handled by `readYourWrites` and by the helpers that must read the primary.
 */

import {
  BookingError,
  findAvailableProperties,
  isPropertyAvailable,
  quoteAndCreateBooking,
} from '@touriquest/bookings';
import {
  createDb,
  currencies,
  type Database,
  type Db,
  markWrite,
  primaryOf,
  queryOne,
  readYourWrites,
  replicasOf,
  replicationLag,
  sql,
  waitForReplicas,
} from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { properties } from '@touriquest/properties';
import { users } from '@touriquest/users';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@touriquest/testing';
import { migrateDatabase } from '../src/migrate';
import { type Schema, schema } from '../src/schema';
import { needsClusters, onDatabase, scaleOut, scratchDatabaseOn } from './scale-out';

const { primaryUrl, replicaUrl } = scaleOut;

/** Which server answered a query-builder read: the replica is in recovery, the primary is not. */
const whoAnswers = (db: Db) =>
  db
    .select({ standby: sql<boolean>`pg_is_in_recovery()`, port: sql<string>`current_setting('port')` })
    .from(currencies)
    .limit(1)
    .then((r) => r[0]!);

if (primaryUrl && replicaUrl) {
  describe('read replicas (streaming replica on loopback)', () => {
    let scratch: Awaited<ReturnType<typeof scratchDatabaseOn>>;
    let database: Database<Schema>;
    let db: Database<Schema>['db'];
    let replica: Db;
    const replicaPort = new URL(replicaUrl).port;

    const pauseReplay = () => queryOne(replica, sql`select pg_wal_replay_pause()`);
    const resumeReplay = () => queryOne(replica, sql`select pg_wal_replay_resume()`);
    /** Pause WAL replay on the replica around `fn`: the replica lags for as long as `fn` runs. */
    async function whileReplicaLags<T>(fn: () => Promise<T>): Promise<T> {
      await pauseReplay();
      try {
        return await fn();
      } finally {
        await resumeReplay();
      }
    }

    beforeAll(async () => {
      scratch = await scratchDatabaseOn(primaryUrl, 'replica');
      const migrating = await createDb({ url: scratch.url, poolSize: 2 });
      await migrateDatabase(migrating, { log: () => {} });
      await migrating.close();
      // The new database reaches the replica by replay; connect once it is there.
      for (let i = 0; ; i++) {
        try {
          database = await createDb({
            url: scratch.url,
            replicaUrls: [onDatabase(replicaUrl, scratch.name)],
            schema,
            poolSize: 4,
          });
          break;
        } catch (err) {
          if (i > 50) throw err;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      db = database.db;
      replica = replicasOf(db)[0]!;
      expect(await waitForReplicas(db, await markWrite(db), { timeoutMs: 15_000 })).toBe(true);
    });
    afterAll(async () => {
      await resumeReplay().catch(() => {});
      await database?.close();
      await scratch?.drop();
    });

    it('sends query-builder reads to the replica; writes, raw SQL and transactions to the primary', async () => {
      expect(database.replicas).toHaveLength(1);
      expect(await whoAnswers(db)).toEqual({ standby: true, port: replicaPort });
      expect(await whoAnswers(primaryOf(db))).toMatchObject({ standby: false });
      expect(await db.transaction((tx) => whoAnswers(tx))).toMatchObject({ standby: false });
      const raw = await queryOne<{ standby: boolean }>(db, sql`select pg_is_in_recovery() as standby`);
      expect(raw?.standby).toBe(false);
      const [u] = await db
        .insert(users)
        .values({ email: `rr-${Date.now()}@example.com`, username: `rr_${Date.now()}` })
        .returning();
      expect(u?.id).toBeTruthy();
      // The replica itself refuses writes: nothing can reach it by mistake.
      const refused = await replica
        .insert(users)
        .values({ email: `x-${Date.now()}@example.com`, username: `x_${Date.now()}` })
        .catch((e: Error) => e);
      expect(String((refused as Error).cause)).toMatch(/cannot execute INSERT in a read-only transaction/);
    });

    it('reads the DATABASE_REPLICA_URLS list when no replicaUrls are given', async () => {
      const fromEnv = await createDb({
        url: scratch.url,
        env: { DATABASE_REPLICA_URLS: ` ${onDatabase(replicaUrl, scratch.name)} ,` },
        poolSize: 1,
      });
      try {
        expect(fromEnv.replicas).toHaveLength(1);
        expect(await whoAnswers(fromEnv.db)).toEqual({ standby: true, port: replicaPort });
      } finally {
        await fromEnv.close();
      }
      await expect(createDb({ embedded: pglite, replicaUrls: [replicaUrl] })).rejects.toThrow(
        /read replicas need a PostgreSQL primary/,
      );
    });

    it('reads its own write from the primary while the replica lags, and from the replica once it caught up', async () => {
      const email = `ryw-${Date.now()}@example.com`;
      const find = (d: Db) => d.select({ id: users.id }).from(users).where(eq(users.email, email));
      const mark = await whileReplicaLags(async () => {
        await db.insert(users).values({ email, username: `ryw_${Date.now()}` });
        const m = await markWrite(db);
        expect(m.lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
        expect(await find(db)).toEqual([]); // the replica has not replayed the insert
        const [lag] = await replicationLag(database);
        expect(lag!.lagBytes).toBeGreaterThan(0);
        expect(await waitForReplicas(db, m, { timeoutMs: 300 })).toBe(false);
        const reader = await readYourWrites(db, m);
        expect(reader).toBe(primaryOf(db));
        expect(await find(reader)).toHaveLength(1);
        return m;
      });
      const reader = await readYourWrites(db, mark, { waitMs: 10_000 });
      expect(reader).toBe(db); // caught up: back on the replica
      expect(await find(reader)).toHaveLength(1);
      const [lag] = await replicationLag(database);
      expect(Number.isFinite(lag!.lagBytes)).toBe(true);
    });

    it('checks availability before booking on the primary while search may still lag', async () => {
      const [host] = await db
        .insert(users)
        .values({ email: `rh-${Date.now()}@example.com`, username: `rh_${Date.now()}`, role: 'host' })
        .returning();
      const [guest] = await db
        .insert(users)
        .values({ email: `rg-${Date.now()}@example.com`, username: `rg_${Date.now()}` })
        .returning();
      const city = `Replicaville ${Date.now()}`;
      const [property] = await db
        .insert(properties)
        .values({
          hostId: host!.id,
          type: 'riad',
          title: 'Riad on two servers',
          slug: `riad-rr-${Date.now()}`,
          location: { lon: -7.9811, lat: 31.6295 },
          city,
          countryCode: 'MA',
          maxGuests: 4,
          basePriceMinor: 10_000,
          currency: 'EUR',
          status: 'active',
          minNights: 1,
          maxNights: 14,
        })
        .returning();
      expect(await waitForReplicas(db, await markWrite(db), { timeoutMs: 10_000 })).toBe(true);
      const stay = { propertyId: property!.id, checkIn: '2031-05-10', checkOut: '2031-05-13' };
      const search = { city, checkIn: stay.checkIn, checkOut: stay.checkOut, guests: 2 };
      expect(await isPropertyAvailable(db, stay)).toBe(true);

      await whileReplicaLags(async () => {
        const { booking } = await quoteAndCreateBooking(db, { ...stay, guestId: guest!.id, adults: 2 });
        expect(booking.status).toBe('pending');
        // The booking page's check sees the hold at once; the lagging replica's search does not yet.
        expect(await isPropertyAvailable(db, stay)).toBe(false);
        expect((await findAvailableProperties(db, search)).map((p) => p.id)).toEqual([property!.id]);
        // Whatever a stale read said, the primary's exclusion constraint refuses a second booking.
        const second = await quoteAndCreateBooking(db, { ...stay, guestId: guest!.id, adults: 1 }).catch(
          (e: unknown) => e,
        );
        expect(second).toBeInstanceOf(BookingError);
        expect((second as BookingError).code).toBe('dates_unavailable');
      });
      expect(await waitForReplicas(db, await markWrite(db), { timeoutMs: 10_000 })).toBe(true);
      expect(await findAvailableProperties(db, search)).toEqual([]);
    });
  });
} else {
  describe.skip(`read replicas [${needsClusters}]`, () => {});
}
