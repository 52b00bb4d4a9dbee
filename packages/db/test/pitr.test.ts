/**
 * Point-in-time recovery on loopback (issue 15): `backup --pitr` of the archiving primary, rows written
 * before and after a target time, then `recover` to that time into a scratch cluster: the rows before it are
 * there, the rows after it are not, and the primary is untouched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Database, queryOne, queryRows, sql } from '@touriquest/core';
import { users } from '@touriquest/users';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '@touriquest/testing';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';
import { migrateDatabase } from '../src/migrate';
import { type Schema, schema } from '../src/schema';
import { needsClusters, onDatabase, scaleOut, scratchDatabaseOn } from './scale-out';

const { primaryUrl, walArchive } = scaleOut;
const recoveryPort = 5435;

async function cli(argv: string[], env: Record<string, string>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.join(' '));
  });
  try {
    return { code: await main(argv), out: lines.join('\n') };
  } catch (err) {
    if (err instanceof CliError) return { code: err.exitCode, out: `${lines.join('\n')}\n${err.message}` };
    throw err;
  } finally {
    spy.mockRestore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (primaryUrl && walArchive) {
  describe('point-in-time recovery (archiving primary on loopback)', () => {
    let scratch: Awaited<ReturnType<typeof scratchDatabaseOn>>;
    let primary: Database<Schema>;
    let work: string;
    const tag = `pitr${Date.now().toString(36)}`;
    const addUser = (name: string) =>
      primary.db.insert(users).values({ email: `${tag}-${name}@example.com`, username: `${tag}_${name}` });

    beforeAll(async () => {
      scratch = await scratchDatabaseOn(primaryUrl, 'pitr');
      primary = await createDb({ url: scratch.url, schema, poolSize: 2 });
      await migrateDatabase(primary, { log: () => {} });
      work = mkdtempSync(join(tmpdir(), 'tq15-pitr-'));
      // The recovered server runs as the postgres user, which must reach the directory.
      chmodSync(work, 0o755);
    });
    afterAll(async () => {
      const dataDir = join(work, 'recovered');
      if (existsSync(join(dataDir, 'postmaster.pid'))) {
        const stop = `/usr/lib/postgresql/15/bin/pg_ctl -D '${dataDir}' -m immediate stop`;
        spawnSync(
          process.getuid?.() === 0 ? 'su' : 'sh',
          process.getuid?.() === 0 ? ['postgres', '-s', '/bin/sh', '-c', stop] : ['-c', stop],
        );
      }
      await primary?.close();
      await scratch?.drop();
      if (work && !process.env.TQ15_KEEP_PITR_DIR) rmSync(work, { recursive: true, force: true });
    });

    // The shared test server (TEST_DATABASE_URL) does not archive its WAL.
    it.skipIf(!process.env.TEST_DATABASE_URL)(
      'refuses a base backup of a server without WAL archiving',
      async () => {
        const base = process.env.TEST_DATABASE_URL!;
        const r = await cli(['backup', '--pitr', join(work, 'no-archive')], { DATABASE_URL: base });
        expect(r.code).toBe(1);
        expect(r.out).toMatch(/WAL archiving is off/);
      },
    );

    it('recovers to a timestamp: rows committed before it are there, rows after it are not', async () => {
      await addUser('before_backup');
      const backup = await cli(['backup', '--pitr', join(work, 'base')], { DATABASE_URL: scratch.url });
      expect(backup.out).toMatch(/verified by pg_verifybackup/);
      expect(backup.code).toBe(0);

      await addUser('before_target');
      await sleep(1100);
      const t = await queryOne<{ at: string }>(
        primary.db,
        sql`select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at`,
      );
      await sleep(1100);
      await addUser('after_target');
      // Close the WAL segment so the archiver ships it, then wait until it is in the archive.
      const seg = await queryOne<{ f: string }>(
        primary.db,
        sql`select pg_walfile_name(pg_switch_wal()) as f`,
      );
      for (let i = 0; i < 100; i++) {
        const a = await queryOne<{ done: boolean }>(
          primary.db,
          sql`select coalesce(last_archived_wal >= ${seg!.f}, false) as done from pg_stat_archiver`,
        );
        if (a?.done) break;
        await sleep(100);
      }

      const early = await cli(
        [
          'recover',
          join(work, 'base'),
          '--target-time',
          '2000-01-01T00:00:00Z',
          '--into',
          join(work, 'x'),
          '--wal-archive',
          walArchive,
        ],
        {},
      );
      expect(early.out).toMatch(/this base backup ends at/);
      const zoneless = await cli(
        [
          'recover',
          join(work, 'base'),
          '--target-time',
          '2030-01-01 10:00',
          '--into',
          join(work, 'x'),
          '--wal-archive',
          walArchive,
        ],
        {},
      );
      expect(zoneless.out).toMatch(/needs a time zone/);

      const r = await cli(
        [
          'recover',
          join(work, 'base'),
          '--target-time',
          t!.at,
          '--into',
          join(work, 'recovered'),
          '--wal-archive',
          walArchive,
          '--port',
          String(recoveryPort),
        ],
        {},
      );
      expect(r.out).toMatch(/promoted \(timeline \d+\)/);
      expect(r.code).toBe(0);

      const recovered = await createDb({
        url: onDatabase(`postgres://postgres@127.0.0.1:${recoveryPort}/postgres`, scratch.name),
        schema,
        poolSize: 1,
      });
      try {
        const names = await recovered.db
          .select({ username: users.username })
          .from(users)
          .where(like(users.username, `${tag}_%`))
          .orderBy(users.username);
        expect(names.map((n) => n.username)).toEqual([`${tag}_before_backup`, `${tag}_before_target`]);
        const [state] = await queryRows<{ recovering: boolean; archive: string }>(
          recovered.db,
          sql`select pg_is_in_recovery() as recovering, current_setting('archive_mode') as archive`,
        );
        expect(state).toEqual({ recovering: false, archive: 'off' });
      } finally {
        await recovered.close();
      }
      // The primary still has every row.
      const onPrimary = await primary.db
        .select()
        .from(users)
        .where(like(users.username, `${tag}_%`));
      expect(onPrimary).toHaveLength(3);

      // A moment the archive does not reach yet: recovery stops and says so, rather than promoting early.
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const beyond = await cli(
        [
          'recover',
          join(work, 'base'),
          '--target-time',
          future,
          '--into',
          join(work, 'beyond'),
          '--wal-archive',
          walArchive,
          '--port',
          String(recoveryPort + 1),
        ],
        {},
      );
      expect(beyond.code).toBe(1);
      expect(beyond.out).toMatch(/recovery ended before configured recovery target was reached/);
    });
  });
} else {
  describe.skip(`point-in-time recovery [${needsClusters}]`, () => {});
}
