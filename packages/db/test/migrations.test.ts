import '@touriquest/testing';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDb,
  type Database,
  MigrationError,
  migrationStatus,
  queryRows,
  readMigrationFolder,
  runMigrations,
  sql,
} from '@touriquest/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allLogic } from '../src/logic';
import { databaseStatus, migrateDatabase, migrationsFolder } from '../src/migrate';
import { freshPglite, freshServerDatabase } from './helpers';

const files = readMigrationFolder(migrationsFolder).map((f) => f.tag);

/** A copy of the history with one more migration that creates a table and then fails. */
function withBadMigration(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tq-bad-migration-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_bad' });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(
    join(dir, '9999_bad.sql'),
    'create table tq_probe_rollback (id int);\n--> statement-breakpoint\nselect * from tq_no_such_table;\n',
  );
  return dir;
}

const runStatus = (database: Database<any>, folder: string) =>
  migrationStatus(database, { migrationsFolder: folder, logic: allLogic });

async function regclass(database: Database<any>, name: string): Promise<boolean> {
  const [r] = await queryRows<{ ok: boolean }>(
    database.db,
    sql`select to_regclass(${name}) is not null as ok`,
  );
  return r!.ok;
}

function suite(engine: 'pglite' | 'postgres') {
  describe(`migration runner [${engine}]`, () => {
    const cleanup: (() => Promise<void>)[] = [];
    const fresh = async () => {
      const d = engine === 'pglite' ? await freshPglite() : await freshServerDatabase();
      cleanup.push(() => ('drop' in d ? (d as { drop(): Promise<void> }).drop() : d.close()));
      return d;
    };
    afterAll(async () => {
      for (const c of cleanup) await c();
    });
    let db: Awaited<ReturnType<typeof fresh>>;

    it('replays every migration on a fresh database, then a second run does nothing', {
      timeout: 120_000,
    }, async () => {
      db = await fresh();
      const first = await migrateDatabase(db);
      expect(first.applied).toEqual(files);
      expect(first.logicApplied).toEqual(allLogic.map((l) => l.name));
      const second = await migrateDatabase(db);
      expect(second).toEqual({ applied: [], logicApplied: [], logicDropped: [] });
      const status = await databaseStatus(db);
      expect(status).toEqual({
        builtBy: 'migrate',
        pushedAt: null,
        applied: files,
        pending: [],
        logicPending: [],
        failed: [],
      });
    });

    it('a failing migration rolls back everything it did and names its file', async () => {
      const folder = withBadMigration();
      try {
        const err = await runMigrations(db, { migrationsFolder: folder, logic: allLogic }).catch((e) => e);
        expect(err).toBeInstanceOf(MigrationError);
        expect(err.file).toBe('9999_bad.sql');
        expect(err.message).toMatch(/9999_bad\.sql.*tq_no_such_table/);
        expect(await regclass(db, 'tq_probe_rollback')).toBe(false);
        const [n] = await queryRows<{ n: number }>(
          db.db,
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
        );
        expect(n!.n).toBe(files.length);
        // status shows the failed file with its error until it is fixed and applied
        const status = await runStatus(db, folder);
        expect(status.pending).toEqual(['9999_bad.sql']);
        expect(status.failed).toEqual([
          {
            tag: '9999_bad.sql',
            error: expect.stringMatching(/tq_no_such_table/),
            failedAt: expect.any(String),
          },
        ]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    if (engine === 'postgres') {
      it('two deploys migrating at once apply each migration exactly once', {
        timeout: 120_000,
      }, async () => {
        const target = await fresh();
        const second = await createDb({ url: (target as unknown as { url: string }).url, poolSize: 2 });
        cleanup.unshift(() => second.close());
        const [a, b] = await Promise.all([migrateDatabase(target), migrateDatabase(second)]);
        // Each migration is its own transaction: the two deploys may share the work, never repeat it.
        expect([...a.applied, ...b.applied].sort()).toEqual([...files].sort());
        const rows = await queryRows<{ hash: string; n: number }>(
          target.db,
          sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`,
        );
        expect(rows).toHaveLength(files.length);
        expect(rows.every((r) => r.n === 1)).toBe(true);
      });
    }
  });
}

suite('pglite');
if (inject('serverUrl')) suite('postgres');
else describe.skip('migration runner [postgres: set TEST_DATABASE_URL]', () => {});
