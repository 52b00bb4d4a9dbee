/**
 * core's client settings through a real PgBouncer in transaction mode (issue 6: "tested against a real
 * pgbouncer from apt"). Runs when TEST_DATABASE_URL is set and a pgbouncer binary is on PATH (or
 * PGBOUNCER_TEST=1, which makes a missing binary a failure instead of a skip).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upcomingBookingsForUser } from '@touriquest/bookings';
import { createDb, type Database, queryOne, queryRows, sql, withActor } from '@touriquest/core';
import { findPropertyById } from '@touriquest/properties';
import { notifications, unreadNotificationCount } from '@touriquest/social';
import { createScratchServerDatabase } from '@touriquest/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeBooking, makeProperty, makeUser } from '../../bookings/test/fixtures';
import { freePort } from '../src/push';
import { type Schema, schema } from '../src/schema';

const serverUrl = inject('serverUrl');
const binary = spawnSync('sh', ['-c', 'command -v pgbouncer'], { encoding: 'utf8' }).stdout.trim();
const wanted = process.env.PGBOUNCER_TEST === '1' || Boolean(binary);

async function waitForPort(port: number, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.end();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pgbouncer did not listen on ${port}`);
}

async function startPgbouncer(target: URL): Promise<{ port: number; stop(): Promise<void>; log: string }> {
  if (!binary)
    throw new Error('PGBOUNCER_TEST=1 but no pgbouncer binary on PATH (apt-get install -y pgbouncer)');
  const dir = mkdtempSync(join(tmpdir(), 'tq-pgbouncer-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const user = decodeURIComponent(target.username || 'postgres');
  const ini = join(dir, 'pgbouncer.ini');
  const log = join(dir, 'pgbouncer.log');
  writeFileSync(join(dir, 'userlist.txt'), `"${user}" "${decodeURIComponent(target.password)}"\n`);
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${target.hostname} port=${target.port || 5432}${target.password ? ` password=${decodeURIComponent(target.password)}` : ''}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 200',
      'default_pool_size = 5',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${log}`,
      `pidfile = ${join(dir, 'pgbouncer.pid')}`,
    ].join('\n'),
  );
  for (const f of ['pgbouncer.ini', 'userlist.txt']) chmodSync(join(dir, f), 0o644);
  // pgbouncer refuses to run as root.
  const child: ChildProcess =
    process.getuid?.() === 0
      ? spawn('su', ['postgres', '-s', '/bin/sh', '-c', `exec ${binary} ${ini}`], { stdio: 'ignore' })
      : spawn(binary, [ini], { stdio: 'ignore' });
  await waitForPort(port);
  return {
    port,
    log,
    async stop() {
      // Stop pgbouncer itself (its pid file), not only the `su` wrapper, and wait until it is gone.
      const pidFile = join(dir, 'pgbouncer.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : undefined;
      if (pid) process.kill(pid, 'SIGTERM');
      child.kill('SIGTERM');
      for (let i = 0; pid && i < 50; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (serverUrl && wanted) {
  describe('core client through PgBouncer (transaction pooling)', () => {
    let bouncer: Awaited<ReturnType<typeof startPgbouncer>>;
    let database: Database<any>;
    beforeAll(async () => {
      const target = new URL(serverUrl);
      bouncer = await startPgbouncer(target);
      const via = new URL(serverUrl);
      via.hostname = '127.0.0.1';
      via.port = String(bouncer.port);
      database = await createDb({ url: via.toString(), pgbouncer: true, poolSize: 8 });
    });
    afterAll(async () => {
      await database?.close();
      await bouncer?.stop();
    });

    it('connects and answers plain queries', async () => {
      const r = await queryOne<{ v: string }>(
        database.db,
        sql`select current_setting('server_version') as v`,
      );
      expect(r!.v).toMatch(/^1[5-9]/);
      const [{ n }] = (await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from currencies`,
      )) as [{ n: number }];
      expect(n).toBeGreaterThan(100);
    });

    it('repeated parameterised queries work without prepared statements, also concurrently', async () => {
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          queryOne<{ x: number; code: string }>(
            database.db,
            sql`select ${i}::int + 1 as x, (select code from currencies where code = ${i % 2 ? 'EUR' : 'USD'}) as code`,
          ),
        ),
      );
      results.forEach((r, i) => {
        expect(r!.x).toBe(i + 1);
        expect(r!.code).toBe(i % 2 ? 'EUR' : 'USD');
      });
    });

    it('withActor stamps rows inside its transaction and leaks nothing to the next client', async () => {
      const actor = '01930000-0000-7000-8000-000000000001';
      class Rollback extends Error {}
      await withActor(database.db, actor, async (tx) => {
        const seen = await queryOne<{ a: string }>(
          tx,
          sql`select current_setting('app.actor_id', true) as a`,
        );
        expect(seen!.a).toBe(actor);
        const row = await queryOne<{ created_by: string }>(
          tx,
          sql`insert into users (email, username) values (${`bouncer-${Date.now()}@example.com`}, ${`bouncer_${Date.now()}`})
              returning created_by`,
        );
        expect(row!.created_by).toBe(actor);
        throw new Rollback();
      }).catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
      // Every pooled server connection must come back without the actor.
      const after = await Promise.all(
        Array.from({ length: 20 }, () =>
          queryOne<{ a: string | null }>(
            database.db,
            sql`select nullif(current_setting('app.actor_id', true), '') as a`,
          ),
        ),
      );
      expect(after.every((r) => r!.a === null)).toBe(true);
    });

    describe('the prepared hot helpers', () => {
      // Data committed in a scratch database of its own, read through PgBouncer by many clients at once.
      let scratch: Awaited<ReturnType<typeof createScratchServerDatabase>>;
      let viaBouncer: Database<Schema>;
      let fixture: { propertyId: string; guestId: string; otherId: string };
      beforeAll(async () => {
        scratch = await createScratchServerDatabase({ poolSize: 2 });
        const property = await makeProperty(scratch.db);
        const [guest, other] = [await makeUser(scratch.db), await makeUser(scratch.db)];
        await makeBooking(scratch.db, property.id, guest.id, {
          checkIn: '2027-04-01',
          checkOut: '2027-04-03',
        });
        await scratch.db.insert(notifications).values([
          { userId: guest.id, type: 'welcome', title: 'Welcome' },
          { userId: guest.id, type: 'booking', title: 'Booked' },
        ]);
        fixture = { propertyId: property.id, guestId: guest.id, otherId: other.id };
        const via = new URL(scratch.url);
        via.hostname = '127.0.0.1';
        via.port = String(bouncer.port);
        viaBouncer = await createDb({ url: via.toString(), schema, pgbouncer: true, poolSize: 8 });
      });
      afterAll(async () => {
        await viaBouncer?.close();
        await scratch?.drop();
      });

      it('answer right, 200 calls at once over 5 server connections, outside and inside transactions', async () => {
        const { propertyId, guestId, otherId } = fixture;
        const results = await Promise.all(
          Array.from({ length: 200 }, async (_, i) => {
            const db = viaBouncer.db;
            switch (i % 4) {
              case 0:
                return (await findPropertyById(db, propertyId))?.id === propertyId;
              case 1:
                return (
                  (await unreadNotificationCount(db, i % 8 === 1 ? guestId : otherId)) ===
                  (i % 8 === 1 ? 2 : 0)
                );
              case 2:
                return (await upcomingBookingsForUser(db, guestId, { from: '2027-01-01' })).length === 1;
              default:
                return (await withActor(db, guestId, (tx) => unreadNotificationCount(tx, guestId))) === 2;
            }
          }),
        );
        expect(results.filter((ok) => !ok)).toEqual([]);
      });

      it('leave no named statement on the server connections other clients get', async () => {
        const named = await Promise.all(
          Array.from({ length: 20 }, () =>
            queryOne<{ n: number }>(
              viaBouncer.db,
              sql`select count(*)::int as n from pg_prepared_statements where not from_sql`,
            ),
          ),
        );
        expect(named.map((r) => r!.n)).toEqual(Array(20).fill(0));
      });
    });

    describe('statementTimeoutMs, which PgBouncer cannot pass as a startup parameter', () => {
      let timed: Database<any>;
      beforeAll(async () => {
        const via = new URL(serverUrl!);
        via.hostname = '127.0.0.1';
        via.port = String(bouncer.port);
        timed = await createDb({
          url: via.toString(),
          pgbouncer: true,
          poolSize: 4,
          statementTimeoutMs: 200,
        });
      });
      afterAll(() => timed?.close());

      /** The error a slow statement ends with, and how long it took to get it. */
      async function failure(work: () => Promise<unknown>) {
        const started = Date.now();
        const err = await work().then(
          () => undefined,
          (e: unknown) => e as Error & { cause?: { code?: string } },
        );
        return { err, ms: Date.now() - started };
      }

      it('cancels a plain query with PostgreSQL’s statement timeout (57014)', async () => {
        const { err, ms } = await failure(() => timed.db.execute(sql`select pg_sleep(5)`));
        expect(err?.cause?.code).toBe('57014');
        expect(String(err?.cause ?? err)).toMatch(/canceling statement due to statement timeout/);
        expect(ms).toBeLessThan(3000);
      });

      it('cancels a statement inside a transaction (57014), and fast statements still work', async () => {
        const { err, ms } = await failure(() =>
          timed.db.transaction(async (tx) => {
            const ok = await queryOne<{ t: string }>(
              tx,
              sql`select current_setting('statement_timeout') as t`,
            );
            expect(ok!.t).toBe('200ms');
            await tx.execute(sql`select pg_sleep(5)`);
          }),
        );
        expect(err?.cause?.code).toBe('57014');
        expect(ms).toBeLessThan(3000);
        const r = await queryOne<{ x: number }>(timed.db, sql`select 41 + 1 as x`);
        expect(r!.x).toBe(42);
      });

      it('leaves no timeout behind on the pooled server connections other clients get', async () => {
        await Promise.all(Array.from({ length: 10 }, () => timed.db.execute(sql`select 1`)));
        const seen = await Promise.all(
          Array.from({ length: 20 }, () =>
            queryOne<{ t: string }>(database.db, sql`select current_setting('statement_timeout') as t`),
          ),
        );
        expect(seen.map((r) => r!.t)).toEqual(Array(20).fill('0'));
      });
    });
  });
} else {
  describe.skip(`core client through PgBouncer [${serverUrl ? 'install pgbouncer' : 'set TEST_DATABASE_URL'}]`, () => {});
}
