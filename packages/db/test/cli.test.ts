import '@touriquest/testing';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { readMigrationFolder } from '@touriquest/core';
import { createScratchPglite, createScratchServerDatabase, engines } from '@touriquest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erdPath, renderErd } from '../src/cli/erd';
import { commands } from '../src/cli/index';
import { redactSecrets } from '../src/cli/redact';
import { manifest } from '../src/cli/rowcounts';
import { migrationsFolder } from '../src/migrate';
import { runSeed } from '../src/seed';
import { cli } from './helpers';

const migrationCount = readMigrationFolder(migrationsFolder).length;

describe('touriquest-db usage', () => {
  it('every command has --help', async () => {
    for (const c of commands) {
      const spec = await c.load();
      expect(spec.name).toBe(c.name);
      const r = await cli([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.out).toContain(`touriquest-db ${c.usage}`);
      expect(r.out).toContain(c.summary);
    }
  });

  it('bad input exits non-zero with a one-line reason', async () => {
    for (const argv of [
      ['frobnicate'],
      ['seed', '--scale', 'huge'],
      ['seed', '--seed', 'abc'],
      ['migrate', '--bogus'],
      ['backup'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.error!.message.split('\n')).toHaveLength(1);
    }
  });

  it('a failed connection is one line that never shows the password', async () => {
    const r = await cli(['status'], { DATABASE_URL: 'postgres://tq:hunter2@127.0.0.1:1/nowhere' });
    expect(r.code).toBe(1);
    expect(r.error!.message).toMatch(
      /cannot connect to PostgreSQL at postgres:\/\/tq@127\.0\.0\.1:1\/nowhere/,
    );
    expect(r.error!.message).not.toContain('hunter2');
    expect(redactSecrets('failed: postgresql://a:b@h/db and more')).toBe(
      'failed: postgresql://a@h/db and more',
    );
  });

  it('gives up on a server that accepts and never answers within DB_CONNECT_TIMEOUT_MS, in one line', async () => {
    const server = createServer(() => {}); // accepts every connection, never sends a byte
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const started = Date.now();
      const r = await cli(['status'], {
        DATABASE_URL: `postgres://tq@127.0.0.1:${port}/silent`,
        DB_CONNECT_TIMEOUT_MS: '1000',
      });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.code).toBe(1);
      expect(r.error!.message.split('\n')).toHaveLength(1);
      expect(r.error!.message).toMatch(
        new RegExp(
          `cannot connect to PostgreSQL at postgres://tq@127\\.0\\.0\\.1:${port}/silent: no answer within 1000 ms`,
        ),
      );
    } finally {
      server.close();
    }
  });

  it('reset refuses a server without --force', async () => {
    const r = await cli(['reset'], { DATABASE_URL: 'postgres://tq:hunter2@127.0.0.1:1/nowhere' });
    expect(r.code).toBe(1);
    expect(r.error!.message).toMatch(
      /refusing to reset the server postgres:\/\/tq@127\.0\.0\.1:1\/nowhere without --force/,
    );
  });

  it('the committed ER diagrams in docs/erd are current', () => {
    for (const [file, text] of renderErd()) {
      expect(readFileSync(erdPath(file), 'utf8'), `docs/erd/${file}: run pnpm exec touriquest-db erd`).toBe(
        text,
      );
    }
  });
});

describe('backup, restore, status and doctor on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tq-cli-'));
  const dataDir = join(dir, 'pglite');
  const embedded = { DATABASE_URL: undefined };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Seeds, then restores twice and backs up; each embedded restore boots the archive in memory to check it and
  // again in its new directory before the swap (restore.ts). 85 s on a quiet CI runner: room for a busy one.
  it('restores a seeded data-dir dump and verifies it, then backs it up verified', {
    timeout: 300_000,
  }, async () => {
    const source = await createScratchPglite();
    await runSeed(source, { scale: 'tiny', seed: 3 });
    const m = await manifest(source);
    const file = join(dir, 'seeded.tar.gz');
    writeFileSync(
      file,
      Buffer.from(await (await (source.client as PGlite).dumpDataDir('gzip')).arrayBuffer()),
    );
    writeFileSync(`${file}.manifest.json`, JSON.stringify(m));
    await source.close();

    const restored = await cli(['restore', file, '--data-dir', dataDir], embedded);
    expect(restored.code, restored.error?.message).toBe(0);
    expect(restored.out).toMatch(new RegExp(`restore: verified ${migrationCount} migrations and \\d+ rows`));

    const again = await cli(['restore', file, '--data-dir', dataDir], embedded);
    expect(again.code).toBe(1);
    expect(again.error!.message).toMatch(/pass --force/);

    const backup = await cli(['backup', join(dir, 'copy.tar.gz'), '--data-dir', dataDir], embedded);
    expect(backup.code, backup.error?.message).toBe(0);
    const copy = JSON.parse(readFileSync(join(dir, 'copy.tar.gz.manifest.json'), 'utf8'));
    expect(copy.rowCounts).toEqual(m.rowCounts);
  });

  it('status lists the applied migrations', async () => {
    const r = await cli(['status', '--json', '--data-dir', dataDir], embedded);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).pending).toEqual([]);
  });

  it('doctor --json reports every check and exits 1 exactly when one fails', {
    timeout: 60_000,
  }, async () => {
    const r = await cli(['doctor', '--json', '--data-dir', dataDir], embedded);
    const report = JSON.parse(r.out);
    expect(report.checks.map((c: { name: string }) => c.name)).toEqual([
      'connection',
      'connection role',
      'extensions',
      'migrations',
      'table sizes',
      'tables without a primary key',
      'duplicate indexes',
      'foreign keys without a supporting index',
      'unused indexes',
      'long-running queries',
      'cache hit ratio',
    ]);
    expect(r.code).toBe(report.checks.some((c: { status: string }) => c.status === 'fail') ? 1 : 0);
  });

  it('maintain runs every job and reports it', async () => {
    const r = await cli(['maintain', '--json', '--data-dir', dataDir], embedded);
    expect(r.code).toBe(0);
    const jobs = JSON.parse(r.out) as { job: string; status: string; detail: string }[];
    expect(jobs.map((j) => j.job)).toEqual([
      'booking-holds',
      'sessions',
      'purge-soft-deleted',
      'partitions',
      'materialized-views',
      'analyze',
    ]);
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
  });
});

if (engines().includes('postgres')) {
  describe('backup, restore and concurrent maintain on the server', () => {
    let a: Awaited<ReturnType<typeof createScratchServerDatabase>>;
    let b: Awaited<ReturnType<typeof createScratchServerDatabase>>;
    const dir = mkdtempSync(join(tmpdir(), 'tq-cli-server-'));
    beforeAll(async () => {
      [a, b] = await Promise.all([
        createScratchServerDatabase({ poolSize: 4 }),
        createScratchServerDatabase({ poolSize: 4 }),
      ]);
      await runSeed(a, { scale: 'tiny', seed: 5 });
    });
    afterAll(async () => {
      await a.drop();
      await b.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('pg_dump backup is listed and a forced restore matches its manifest', {
      timeout: 120_000,
    }, async () => {
      const file = join(dir, 'a.dump');
      const backup = await cli(['backup', file], { DATABASE_URL: a.target });
      expect(backup.code, backup.error?.message).toBe(0);
      expect(backup.out).toMatch(/archive entries listed by pg_restore/);
      const refused = await cli(['restore', file], { DATABASE_URL: b.target });
      expect(refused.code).toBe(1);
      const restored = await cli(['restore', file, '--force'], { DATABASE_URL: b.target });
      expect(restored.code, restored.error?.message).toBe(0);
      expect((await manifest(b)).rowCounts).toEqual((await manifest(a)).rowCounts);
    });

    it('two maintain runs at once never run the same job twice at the same time', {
      timeout: 60_000,
    }, async () => {
      const { runMaintenance } = await import('../src/cli/maintain');
      const [x, y] = await Promise.all([runMaintenance(a), runMaintenance(a)]);
      for (let i = 0; i < x.length; i++) expect([x[i]!.status, y[i]!.status]).toContain('done');
    });

    it('rotate-mfa-key re-encrypts every MFA secret under the current key; the old key is then not needed', {
      timeout: 60_000,
    }, async () => {
      const { generateMfaKey, parseMfaKeys, readMfaSecret, setMfaSecret, userAuth } = await import(
        '@touriquest/users'
      );
      const oldKey = generateMfaKey('old');
      const newKey = generateMfaKey('new');
      const ids = (await a.db.select({ id: userAuth.userId }).from(userAuth).limit(7)).map((r) => r.id);
      expect(ids).toHaveLength(7);
      for (const id of ids)
        await setMfaSecret(a.db, id, `SEED${id.slice(-6)}`, { keyring: parseMfaKeys(oldKey) });
      const missing = await cli(['rotate-mfa-key'], { DATABASE_URL: a.target, TOURIQUEST_MFA_KEYS: newKey });
      expect(missing.code).toBe(1);
      expect(missing.error!.message).toMatch(
        /^rotate-mfa-key: user_auth .*under key old, which TOURIQUEST_MFA_KEYS does not hold$/,
      );
      const r = await cli(['rotate-mfa-key', '--batch-size', '3'], {
        DATABASE_URL: a.target,
        TOURIQUEST_MFA_KEYS: `${newKey},${oldKey}`,
      });
      expect(r.code, r.error?.message).toBe(0);
      expect(r.out).toBe('rotate-mfa-key: 7 secret(s) re-encrypted under key new (0 already were)');
      for (const id of ids)
        expect(await readMfaSecret(a.db, id, parseMfaKeys(newKey))).toBe(`SEED${id.slice(-6)}`);
    });

    it('doctor flags a table without a primary key and duplicate indexes', async () => {
      const { runDoctor } = await import('../src/cli/doctor');
      const c = a.client as unknown as { unsafe(q: string): { simple(): Promise<unknown> } };
      await c
        .unsafe(`create table tq_probe_nopk (x int); create index tq_probe_dup_a on users (username);
                 create index tq_probe_dup_b on users (username);`)
        .simple();
      const report = await runDoctor(a);
      expect(report.ok).toBe(false);
      const byName = Object.fromEntries(report.checks.map((k) => [k.name, k]));
      expect(byName['tables without a primary key']!.detail).toContain('tq_probe_nopk');
      expect(JSON.stringify(byName['duplicate indexes']!.rows)).toMatch(/tq_probe_dup_a = tq_probe_dup_b/);
    });
  });
} else {
  describe.skip('backup, restore and concurrent maintain on the server [postgres: set TEST_DATABASE_URL]', () => {});
}
