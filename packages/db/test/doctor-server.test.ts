import { createDb, type Database, queryOne, queryRows, sql } from '@touriquest/core';
import { createScratchServerDatabase, engines } from '@touriquest/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runDoctor } from '../src/cli/doctor';
import { cli, ensureTestLogins, freshServerDatabase, urlAs } from './helpers';

type Scratch = Awaited<ReturnType<typeof createScratchServerDatabase>>;

/** Until the sessions on `name` other than the watcher's are exactly `expected` (a closed pool's backends exit a moment later). */
async function settleSessions(watcher: Database<any>, name: string, expected: number) {
  for (let i = 0; i < 100; i++) {
    const row = await queryOne<{ n: number }>(
      watcher.db,
      sql`select count(*)::int as n from pg_stat_activity where datname = ${name}
           and backend_type = 'client backend' and pid <> pg_backend_pid()`,
    );
    if (row!.n === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sessions on ${name} did not settle at ${expected}`);
}

const databaseName = (url: string) => new URL(url).pathname.slice(1);

if (engines().includes('postgres')) {
  describe('doctor on the server', () => {
    it('doctor --strict passes on a freshly migrated database, run as the operator (superuser postgres)', {
      timeout: 180_000,
    }, async () => {
      const fresh = await freshServerDatabase();
      const admin = await createDb({ url: inject('serverUrl')!, poolSize: 1 });
      try {
        await fresh.close();
        const env = { DATABASE_URL: fresh.url };
        expect((await cli(['migrate'], env)).code).toBe(0);
        await settleSessions(admin, databaseName(fresh.url), 0);
        const r = await cli(['doctor', '--strict', '--json'], env);
        const report = JSON.parse(r.out) as {
          ok: boolean;
          checks: { name: string; status: string; detail: string }[];
        };
        expect(
          report.checks.filter((c) => c.status !== 'ok'),
          'no warning on a fresh install',
        ).toEqual([]);
        expect(r.code).toBe(0);
        const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
        expect(byName['connection role']!.detail).toBe(
          'no other sessions on this database to judge (doctor runs as superuser postgres); connect services as a login in touriquest_app',
        );
        expect(byName['cache hit ratio']!.detail).toMatch(
          /^not judged yet: \d+\.\d\d % of \d+ heap and index block reads since .*; the ratio means something after ≥ 1000000 reads/,
        );
      } finally {
        await admin.close();
        await fresh.drop();
      }
    });

    describe('connection role: what the other sessions are connected as', () => {
      let scratch: Scratch;
      const opened: Database<any>[] = [];
      const loginUrl = (user: string) => urlAs(scratch.url, user);
      /** A session on the scratch database as `user`, open until closed. */
      async function connectAs(user: string) {
        const d = await createDb({ url: loginUrl(user), poolSize: 1 });
        opened.push(d);
        return d;
      }
      const roleCheck = async () =>
        (await runDoctor(scratch)).checks.find((c) => c.name === 'connection role')!;

      beforeAll(async () => {
        // Doctor's own session: a pool of one, as the CLI opens it.
        scratch = await createScratchServerDatabase({ poolSize: 1 });
        await ensureTestLogins(scratch.db);
      });
      afterAll(async () => {
        await Promise.all(opened.map((d) => d.close()));
        await scratch?.drop();
      });

      it('is ok with no other session, and with a service login in touriquest_app; names doctor’s own role', async () => {
        expect(await roleCheck()).toMatchObject({
          status: 'ok',
          detail:
            'no other sessions on this database to judge (doctor runs as superuser postgres); connect services as a login in touriquest_app',
        });
        await connectAs('tq_test_service');
        const check = await roleCheck();
        expect(check.status).toBe('ok');
        expect(check.detail).toBe(
          'other sessions: tq_test_service (touriquest_app) ×1 [postgres.js]; none a superuser nor the owner (doctor runs as superuser postgres)',
        );
      });

      it('warns when a session is connected as a member of the owner, or as a superuser, and names it', async () => {
        const deployer = await connectAs('tq_test_deployer');
        let check = await roleCheck();
        expect(check.status).toBe('warn');
        expect(check.detail).toMatch(
          /^other sessions on this database as a superuser or the owner: tq_test_deployer, a member of the owner touriquest_migrator ×1 \[postgres\.js\]\. Connect services as a login in touriquest_app/,
        );
        expect(check.detail).not.toContain('tq_test_service');
        await deployer.close();
        await settleSessions(scratch, databaseName(scratch.url), 1);
        await connectAs('postgres');
        check = await roleCheck();
        expect(check.status).toBe('warn');
        expect(check.detail).toMatch(
          /as a superuser or the owner: superuser postgres ×1 \[postgres\.js\]\. .*\(doctor runs as superuser postgres\)$/,
        );
        expect(check.rows).toEqual([
          expect.objectContaining({ role: 'postgres', sessions: 1, superuser: true }),
          expect.objectContaining({ role: 'tq_test_service', sessions: 1, superuser: false, owner: false }),
        ]);
      });
    });

    describe('cache hit ratio: judged only on a meaningful sample', () => {
      let scratch: Scratch;
      // Small enough for a test to reach; the defaults (1,000,000 reads, 1 h up) stand for steady traffic.
      const cacheSample = { minBlocks: 2000, minUptimeSeconds: 0 };
      const cacheCheck = async () =>
        (await runDoctor(scratch, { cacheSample })).checks.find((c) => c.name === 'cache hit ratio')!;
      /** Block reads of user tables the statistics show, once this backend has flushed its counters. */
      async function flushedReads(atLeast: number) {
        await scratch.db.execute(sql`select pg_stat_force_next_flush()`);
        for (let i = 0; i < 150; i++) {
          await scratch.db.execute(sql`select pg_stat_clear_snapshot()`);
          const [r] = await queryRows<{ n: number }>(
            scratch.db,
            sql`select coalesce(sum(heap_blks_hit + heap_blks_read + coalesce(idx_blks_hit, 0) + coalesce(idx_blks_read, 0)), 0)::int as n
                  from pg_statio_user_tables`,
          );
          if (r!.n >= atLeast) return;
          await new Promise((res) => setTimeout(res, 100));
        }
        throw new Error(`statistics never showed ${atLeast} block reads`);
      }
      beforeAll(async () => {
        scratch = await createScratchServerDatabase({ poolSize: 1 });
      });
      afterAll(() => scratch?.drop());

      it('is not judged on too small a sample, then ok on a warm working set, then warns when reads miss the cache', {
        timeout: 120_000,
      }, async () => {
        expect((await cacheCheck()).detail).toMatch(/^not judged yet: /);
        // A hot lookup: after its first read the block stays in shared_buffers.
        for (let i = 0; i < 1200; i++)
          await scratch.db.execute(sql`select name from currencies where code = ${i % 2 ? 'EUR' : 'USD'}`);
        await flushedReads(cacheSample.minBlocks);
        const warm = await cacheCheck();
        expect(warm.status).toBe('ok');
        expect(warm.detail).toMatch(/^(99\.\d\d|100\.00) % of \d+ heap and index block reads$/);
        // A table past a quarter of shared_buffers (128 MB on a default server) is scanned through a small ring
        // of buffers: nearly every block it reads is a miss, as with a working set larger than the cache. Sized
        // from the server's own setting (a row here is ~930 bytes on disk).
        const [{ bytes }] = (await scratch.db.execute(
          sql`select setting::bigint * current_setting('block_size')::bigint as bytes from pg_settings where name = 'shared_buffers'`,
        )) as unknown as [{ bytes: string }];
        const rows = Math.max(60_000, Math.ceil((Number(bytes) / 4 / 930) * 1.25));
        await scratch.db.execute(
          sql`create table tq_probe_big as select g as id, repeat('x', 900) as pad from generate_series(1, ${rows}::int) g`,
        );
        for (let i = 0; i < 3; i++) await scratch.db.execute(sql`select count(*) from tq_probe_big`);
        await flushedReads(20_000);
        const cold = await cacheCheck();
        expect(cold.status).toBe('warn');
        expect(cold.detail).toMatch(
          /^\d+\.\d\d % of \d+ heap and index block reads: below 99 % under steady traffic, shared_buffers \(\d+[kMG]B\) is likely smaller than the working set$/,
        );
      });
    });
  });
} else {
  describe.skip('doctor on the server [postgres: set TEST_DATABASE_URL]', () => {});
}
