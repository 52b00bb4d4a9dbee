/**
 * restore never destroys the target: it restores into a new database (server) or data directory (embedded),
 * verifies it there and only then swaps it in. A bad archive, a failure just before the swap and a restore
 * killed half-way (SIGKILL of the whole process group, pg_restore included) leave the target exactly as it
 * was; the next restore removes what the killed one left behind.
 */
import '@touriquest/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { createDb, type Database, queryRows, sql } from '@touriquest/core';
import { openPglite, pglite } from '@touriquest/core/embedded';
import { createScratchPglite, engines, testDatabasePrefix } from '@touriquest/testing';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';
import { sidePrefix } from '../src/cli/restore';
import { manifest } from '../src/cli/rowcounts';
import { schema } from '../src/schema';
import { runSeed } from '../src/seed';
import { catalog } from './helpers';

/** Run the CLI in-process; returns its exit code (thrown CliErrors become their code) and what it printed. */
async function cli(argv: string[], env: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.join(' '));
  });
  try {
    const code = await main(argv);
    return { code, out: lines.join('\n'), error: undefined as CliError | undefined };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { code: err.exitCode, out: lines.join('\n'), error: err };
  } finally {
    spy.mockRestore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

/** A truncated copy and a garbage file of `file`, each beside its own copy of the manifest. */
function badCopies(file: string): string[] {
  const bytes = readFileSync(file);
  const bad = [
    [`${file}.truncated`, bytes.subarray(0, Math.floor(bytes.length / 2))],
    [`${file}.garbage`, Buffer.from('this is not a backup\n'.repeat(100))],
  ] as const;
  for (const [path, content] of bad) {
    writeFileSync(path, content);
    copyFileSync(`${file}.manifest.json`, `${path}.manifest.json`);
  }
  return bad.map(([p]) => p);
}

/** What "exactly as it was" is checked on: every table's row count and the whole schema, object for object. */
async function snapshot(database: Database<any>) {
  return { rows: (await manifest(database)).rowCounts, catalog: await catalog(database) };
}

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const entry = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));

/** The CLI as a child process in a process group of its own, so a SIGKILL takes pg_restore down with it. */
function spawnCli(argv: string[], env: Record<string, string | undefined>): ChildProcess {
  const childEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return spawn(process.execPath, [tsxCli, entry, ...argv], {
    env: childEnv,
    detached: true,
    stdio: 'ignore',
  });
}

/** Poll until `ready()` holds, then SIGKILL the child's whole group; fails if the child ends first. */
async function killWhen(child: ChildProcess, ready: () => Promise<boolean> | boolean): Promise<void> {
  let exited = false;
  const exit = new Promise<void>((res) => child.once('exit', () => res()));
  void exit.then(() => {
    exited = true;
  });
  const deadline = Date.now() + 240_000;
  while (!(await ready())) {
    if (exited) throw new Error('the restore ended before it could be killed mid-way');
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error('the restore never reached the step to kill it at');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  process.kill(-child.pid!, 'SIGKILL');
  await exit;
  expect(child.signalCode).toBe('SIGKILL');
}

describe('names of the databases a server restore makes', () => {
  it('fit in 63 bytes and differ for long targets that start alike', () => {
    const stamp = '2'.repeat(17);
    const long = `tq_${'é'.repeat(30)}`;
    for (const t of ['touriquest', 'x'.repeat(63), long, `${long}_a`, `${long}_b`])
      for (const kind of ['restore', 'old'] as const)
        expect(Buffer.byteLength(`${sidePrefix(t, kind)}${stamp}`), t).toBeLessThanOrEqual(63);
    expect(sidePrefix('touriquest', 'restore')).toBe('touriquest__restore_');
    expect(sidePrefix(`${long}_a`, 'old')).not.toBe(sidePrefix(`${long}_b`, 'old'));
  });
});

describe('restore swaps a new embedded data directory in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tq-restore-swap-'));
  const dataDir = join(dir, 'pglite');
  const file = join(dir, 'seeded.tar.gz');
  const embedded = { DATABASE_URL: undefined };
  const siblings = (kind: 'restore' | 'old') =>
    readdirSync(dir).filter((e) => e.startsWith(`pglite.${kind}-`));
  const open = () => createDb({ embedded: pglite, dataDir, schema });
  let before: Awaited<ReturnType<typeof snapshot>>;
  let backedUp: Record<string, number>;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // The backup: a seeded database. The target: a migrated one without the seed, so a swap shows in the rows.
    const source = await createScratchPglite();
    await runSeed(source, { scale: 'tiny', seed: 11 });
    const m = await manifest(source);
    backedUp = m.rowCounts;
    writeFileSync(
      file,
      Buffer.from(await (await (source.client as PGlite).dumpDataDir('gzip')).arrayBuffer()),
    );
    writeFileSync(`${file}.manifest.json`, JSON.stringify(m));
    await source.close();
    const pg = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    await pg.close();
    const target = await open();
    before = await snapshot(target);
    await target.close();
    expect(before.rows).not.toEqual(backedUp);
  }, 300_000);

  const expectUntouched = async () => {
    expect(siblings('restore')).toEqual([]);
    expect(siblings('old')).toEqual([]);
    const target = await open();
    try {
      expect(await snapshot(target)).toEqual(before);
    } finally {
      await target.close();
    }
  };

  it('a truncated or garbage archive fails in one line and leaves the target and no new directory', {
    timeout: 180_000,
  }, async () => {
    for (const bad of badCopies(file)) {
      const r = await cli(['restore', bad, '--force', '--data-dir', dataDir], embedded);
      expect(r.code, bad).toBe(1);
      expect(r.error!.message).toMatch(
        /^restore: .* is not a readable pglite backup \(.*\); the target was not touched$/,
      );
      expect(r.error!.message.split('\n')).toHaveLength(1);
    }
    await expectUntouched();
  });

  it('a failure after the old directory stepped aside puts it back and deletes the new one', {
    timeout: 240_000,
  }, async () => {
    const r = await cli(['restore', file, '--force', '--data-dir', dataDir], {
      ...embedded,
      TOURIQUEST_RESTORE_FAIL_AFTER: 'rename-old',
    });
    expect(r.code).toBe(1);
    expect(r.error!.message).toBe(
      'restore: stopped after step rename-old (TOURIQUEST_RESTORE_FAIL_AFTER); the target was not touched',
    );
    await expectUntouched();
  });

  it('a restore killed while it loads the new directory leaves the target as it was and usable', {
    timeout: 300_000,
  }, async () => {
    const child = spawnCli(['restore', file, '--force', '--data-dir', dataDir], embedded);
    await killWhen(child, () => siblings('restore').length > 0);
    expect(siblings('restore')).toHaveLength(1);
    const target = await open();
    try {
      expect(await snapshot(target)).toEqual(before);
      // Usable: it opens and answers queries.
      await expect(
        queryRows(target.db, sql`select count(*)::int as n from currencies`),
      ).resolves.toHaveLength(1);
    } finally {
      await target.close();
    }
  });

  it('a good restore removes the leftover, swaps the backup in and keeps the old one with --keep-old', {
    timeout: 300_000,
  }, async () => {
    const [leftover] = siblings('restore');
    const r = await cli(['restore', file, '--force', '--keep-old', '--data-dir', dataDir], embedded);
    expect(r.code, r.error?.message).toBe(0);
    expect(r.out).toContain(`restore: removed ${join(dir, leftover!)}, left by an interrupted restore`);
    const kept = siblings('old');
    expect(kept).toHaveLength(1);
    expect(r.out).toContain(
      `restore: kept the previous data directory as ${join(dir, kept[0]!)} (--keep-old)`,
    );
    expect(r.out).toMatch(/restore: verified \d+ migrations and \d+ rows in \d+ tables; swapped in as /);
    expect(siblings('restore')).toEqual([]);
    const target = await open();
    expect((await manifest(target)).rowCounts).toEqual(backedUp);
    await target.close();
    const old = await createDb({ embedded: pglite, dataDir: join(dir, kept[0]!) });
    expect((await manifest(old)).rowCounts).toEqual(before.rows);
    await old.close();
  });

  it('without --keep-old the old directory is gone after the swap', { timeout: 300_000 }, async () => {
    const kept = siblings('old');
    const r = await cli(['restore', file, '--force', '--data-dir', dataDir], embedded);
    expect(r.code, r.error?.message).toBe(0);
    expect(siblings('old')).toEqual(kept);
    expect(siblings('restore')).toEqual([]);
    expect(existsSync(dataDir)).toBe(true);
    const target = await open();
    expect((await manifest(target)).rowCounts).toEqual(backedUp);
    await target.close();
  });
});

if (engines().includes('postgres')) {
  describe('restore swaps a new server database in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tq-restore-swap-server-'));
    const file = join(dir, 'source.dump');
    // Every database this file makes, or makes restore make, starts with this prefix (dropped in afterAll).
    const prefix = `${testDatabasePrefix}_restore_${randomBytes(4).toString('hex')}`;
    const target = `${prefix}_tgt`;
    const urlOf = (name: string) => {
      const u = new URL(inject('serverUrl')!);
      u.pathname = `/${name}`;
      return u.toString();
    };
    const targetUrl = urlOf(target);
    let admin: Database<any>;
    const exec = <T = Record<string, unknown>>(q: string, p: unknown[] = []) =>
      (admin.client as unknown as { unsafe(q: string, p: unknown[]): Promise<T[]> }).unsafe(q, p);
    const databases = async (kind: 'restore' | 'old') =>
      (
        await exec<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [
          `${target}__${kind}_`,
        ])
      ).map((r) => r.datname);
    const oid = async () =>
      (await exec<{ oid: number }>('select oid::int as oid from pg_database where datname = $1', [target]))[0]
        ?.oid;
    const withTarget = async <T>(fn: (d: Database<any>) => Promise<T>) => {
      const d = await createDb({ url: targetUrl, schema, poolSize: 2 });
      try {
        return await fn(d);
      } finally {
        await d.close();
      }
    };
    const server = (extra: Record<string, string> = {}) => ({ DATABASE_URL: targetUrl, ...extra });
    let before: Awaited<ReturnType<typeof snapshot>>;
    let beforeOid: number | undefined;
    let backedUp: Record<string, number>;

    beforeAll(async () => {
      admin = await createDb({ url: inject('serverUrl')!, poolSize: 1 });
      const template = inject('serverTemplateDb')!;
      for (const name of [`${prefix}_src`, target]) {
        // CREATE DATABASE … TEMPLATE needs the template idle; retry briefly if another copy is being made.
        for (let i = 0; ; i++) {
          try {
            await exec(`create database ${name} template ${template}`);
            break;
          } catch (err) {
            if (i > 40) throw err;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      }
      const source = await createDb({ url: urlOf(`${prefix}_src`), schema, poolSize: 4 });
      await runSeed(source, { scale: 'tiny', seed: 12 });
      backedUp = (await manifest(source)).rowCounts;
      await source.close();
      const b = await cli(['backup', file], { DATABASE_URL: urlOf(`${prefix}_src`) });
      expect(b.code, b.error?.message).toBe(0);
      before = await withTarget(snapshot);
      beforeOid = await oid();
      expect(before.rows).not.toEqual(backedUp);
    }, 300_000);

    afterAll(async () => {
      const rows = await exec<{ datname: string }>(
        'select datname from pg_database where starts_with(datname, $1)',
        [prefix],
      );
      for (const { datname } of rows) await exec(`drop database if exists "${datname}" with (force)`);
      await admin.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const expectUntouched = async () => {
      expect(await databases('restore')).toEqual([]);
      expect(await databases('old')).toEqual([]);
      expect(await oid()).toBe(beforeOid);
      expect(await withTarget(snapshot)).toEqual(before);
    };

    it('a truncated or garbage archive fails in one line and leaves the target and no new database', {
      timeout: 180_000,
    }, async () => {
      for (const bad of badCopies(file)) {
        const r = await cli(['restore', bad, '--force'], server());
        expect(r.code, bad).toBe(1);
        expect(r.error!.message).toMatch(
          /^restore: .* is not a readable postgres backup \(.*\); the target was not touched$/,
        );
        expect(r.error!.message.split('\n')).toHaveLength(1);
      }
      await expectUntouched();
    });

    it('a failure after the pg_restore, or after the old one was renamed, drops the new one and leaves the target', {
      timeout: 240_000,
    }, async () => {
      for (const step of ['restore', 'rename-old']) {
        const r = await cli(['restore', file, '--force'], server({ TOURIQUEST_RESTORE_FAIL_AFTER: step }));
        expect(r.code, step).toBe(1);
        expect(r.error!.message).toBe(
          `restore: stopped after step ${step} (TOURIQUEST_RESTORE_FAIL_AFTER); the target was not touched`,
        );
        await expectUntouched();
      }
    });

    it('a restore killed during pg_restore leaves the target as it was and usable', {
      timeout: 300_000,
    }, async () => {
      const child = spawnCli(['restore', file, '--force'], server());
      await killWhen(
        child,
        async () =>
          (
            await exec(
              `select 1 from pg_stat_activity where application_name = 'pg_restore' and starts_with(datname, $1)`,
              [`${target}__restore_`],
            )
          ).length > 0,
      );
      expect(await databases('restore')).toHaveLength(1);
      expect(await databases('old')).toEqual([]);
      expect(await oid()).toBe(beforeOid);
      expect(await withTarget(snapshot)).toEqual(before);
      await withTarget(async (d) =>
        expect(await queryRows(d.db, sql`select count(*)::int as n from currencies`)).toHaveLength(1),
      );
    });

    it('a good restore drops the leftover, swaps the backup in past open sessions and keeps the old one with --keep-old', {
      timeout: 300_000,
    }, async () => {
      const [leftover] = await databases('restore');
      // A session left open on the target does not stop the swap: it is ended.
      const session = await createDb({ url: targetUrl, poolSize: 1 });
      await queryRows(session.db, sql`select 1`);
      const r = await cli(['restore', file, '--force', '--keep-old'], server());
      await session.close().catch(() => {});
      expect(r.code, r.error?.message).toBe(0);
      expect(r.out).toContain(`restore: dropped ${leftover}, left by an interrupted restore`);
      const kept = await databases('old');
      expect(kept).toHaveLength(1);
      expect(kept[0]!.length).toBeLessThanOrEqual(63);
      expect(r.out).toContain(`restore: kept the previous database as ${kept[0]} (--keep-old)`);
      expect(r.out).toMatch(
        new RegExp(`restore: verified \\d+ migrations and \\d+ rows in \\d+ tables; swapped in as ${target}`),
      );
      expect(await databases('restore')).toEqual([]);
      expect(await oid()).not.toBe(beforeOid);
      expect((await withTarget(manifest)).rowCounts).toEqual(backedUp);
      const old = await createDb({ url: urlOf(kept[0]!), poolSize: 1 });
      expect((await manifest(old)).rowCounts).toEqual(before.rows);
      expect(
        (
          await queryRows<{ oid: number }>(
            old.db,
            sql`select oid::int as oid from pg_database where datname = current_database()`,
          )
        )[0]!.oid,
      ).toBe(beforeOid);
      await old.close();
    });

    it('without --keep-old the old database is dropped after the swap', { timeout: 300_000 }, async () => {
      const kept = await databases('old');
      const r = await cli(['restore', file, '--force'], server());
      expect(r.code, r.error?.message).toBe(0);
      expect(await databases('old')).toEqual(kept);
      expect(await databases('restore')).toEqual([]);
      expect((await withTarget(manifest)).rowCounts).toEqual(backedUp);
      // Owners and grants come back: the migrator owns every object again, the app keeps its rights, and the
      // audit trigger runs as the migrator, not as the login that restored.
      const notTheMigrators = await withTarget((d) =>
        queryRows<{ object: string; owner: string }>(
          d.db,
          sql`select c.oid::regclass::text as object, pg_get_userbyid(c.relowner) as owner from pg_class c
               where c.relnamespace in ('public'::regnamespace, 'drizzle'::regnamespace) and c.relkind in ('r', 'p')
                 and c.relname <> 'spatial_ref_sys' and pg_get_userbyid(c.relowner) <> 'touriquest_migrator'
              union all
              select p.proname, pg_get_userbyid(p.proowner) from pg_proc p
               where p.proname in ('tq_audit_rows', 'tq_forbid_mutation')
                 and pg_get_userbyid(p.proowner) <> 'touriquest_migrator'`,
        ),
      );
      expect(notTheMigrators).toEqual([]);
      const grants = await withTarget((d) =>
        queryRows<{ ok: boolean }>(
          d.db,
          sql`select has_table_privilege('touriquest_app', 'bookings', 'INSERT')
                     and not has_table_privilege('touriquest_app', 'audit_log', 'SELECT') as ok`,
        ),
      );
      expect(grants).toEqual([{ ok: true }]);
    });

    it('a target that does not exist yet is created by the restore, without --force', {
      timeout: 300_000,
    }, async () => {
      const fresh = `${prefix}_new`;
      const r = await cli(['restore', file], { DATABASE_URL: urlOf(fresh) });
      expect(r.code, r.error?.message).toBe(0);
      expect(r.out).toContain(`swapped in as ${fresh} (a new database)`);
      const d = await createDb({ url: urlOf(fresh), poolSize: 1 });
      expect((await manifest(d)).rowCounts).toEqual(backedUp);
      await d.close();
    });
  });
} else {
  describe.skip('restore swaps a new server database in [set TEST_DATABASE_URL]', () => {});
}
