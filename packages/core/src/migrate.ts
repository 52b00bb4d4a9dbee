/**
 * The deploy-time migration runner: extensions and drizzle-kit migrations in journal order, then the
 * repeatable database logic, all in one transaction under an advisory lock. Two deploys started at once
 * apply each migration exactly once (the second waits, then finds nothing to do); a failure rolls
 * everything back and names the file. Records migrations exactly as drizzle-kit's migrator does, so either
 * tool can take over.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './client';
import type { DatabaseLogic } from './logic/types';
import { rawTransaction, type ScriptSession } from './raw';

export interface MigrationFile {
  tag: string;
  hash: string;
  createdAt: number;
  sql: string;
}

export interface MigrationReport {
  applied: string[];
  logicApplied: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`migration ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const LOCK_KEY = 'touriquest:migrate';

export function readMigrationFolder(folder: string): MigrationFile[] {
  const journalPath = join(folder, 'meta', '_journal.json');
  if (!existsSync(journalPath)) throw new Error(`no drizzle journal at ${journalPath}`);
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.map((e) => {
    const text = readFileSync(join(folder, `${e.tag}.sql`), 'utf8');
    return {
      tag: `${e.tag}.sql`,
      hash: createHash('sha256').update(text).digest('hex'),
      createdAt: e.when,
      sql: text,
    };
  });
}

export function logicChecksum(item: DatabaseLogic): string {
  return createHash('sha256').update(item.sql).digest('hex');
}

async function ensureBookkeeping(s: ScriptSession): Promise<void> {
  await s.exec(`
    create schema if not exists drizzle;
    create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint);
    create table if not exists drizzle.touriquest_logic (name text primary key, checksum text not null, applied_at timestamptz not null default now());
  `);
}

async function lock(s: ScriptSession): Promise<void> {
  await s.query(`select pg_advisory_xact_lock(hashtext($1))`, [LOCK_KEY]);
}

/** Apply every logic item whose checksum differs from the one recorded; returns the names applied. */
async function applyLogicIn(s: ScriptSession, logic: DatabaseLogic[], force = false): Promise<string[]> {
  const rows = await s.query<{ name: string; checksum: string }>(
    'select name, checksum from drizzle.touriquest_logic',
  );
  const known = new Map(rows.map((r) => [r.name, r.checksum]));
  const applied: string[] = [];
  for (const item of logic) {
    const checksum = logicChecksum(item);
    if (!force && known.get(item.name) === checksum) continue;
    try {
      await s.exec(item.sql);
    } catch (err) {
      throw new MigrationError(`logic ${item.name}`, err);
    }
    await s.query(
      `insert into drizzle.touriquest_logic (name, checksum) values ($1, $2)
       on conflict (name) do update set checksum = excluded.checksum, applied_at = now()`,
      [item.name, checksum],
    );
    applied.push(item.name);
  }
  return applied;
}

export async function runMigrations(
  database: Database<any>,
  opts: { migrationsFolder: string; logic: DatabaseLogic[] },
): Promise<MigrationReport> {
  const files = readMigrationFolder(opts.migrationsFolder);
  return rawTransaction(database, async (s) => {
    await lock(s);
    await ensureBookkeeping(s);
    const done = new Set(
      (await s.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations')).map((r) => r.hash),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file.hash)) continue;
      try {
        await s.exec(file.sql);
      } catch (err) {
        throw new MigrationError(file.tag, err);
      }
      await s.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', [
        file.hash,
        file.createdAt,
      ]);
      applied.push(file.tag);
    }
    // After a migration every item is re-installed, not only changed ones: a migration may have dropped a
    // trigger a logic item owns (PostgreSQL refuses to retype a column named in a trigger's `update of`).
    const logicApplied = await applyLogicIn(s, opts.logic, applied.length > 0);
    return { applied, logicApplied };
  });
}

/** The push path's last step (and a repair tool): install the repeatable logic, under the same lock. */
export async function applyDatabaseLogic(
  database: Database<any>,
  logic: DatabaseLogic[],
  opts: { force?: boolean } = {},
): Promise<string[]> {
  return rawTransaction(database, async (s) => {
    await lock(s);
    await ensureBookkeeping(s);
    return applyLogicIn(s, logic, opts.force);
  });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  logicPending: string[];
}

export async function migrationStatus(
  database: Database<any>,
  opts: { migrationsFolder: string; logic: DatabaseLogic[] },
): Promise<MigrationStatus> {
  const files = readMigrationFolder(opts.migrationsFolder);
  return rawTransaction(database, async (s) => {
    const exists = await s.query<{ ok: boolean }>(
      `select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
    );
    const hashes = exists[0]?.ok
      ? new Set(
          (await s.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations')).map(
            (r) => r.hash,
          ),
        )
      : new Set<string>();
    const logicRows = (
      await s.query<{ ok: boolean }>(`select to_regclass('drizzle.touriquest_logic') is not null as ok`)
    )[0]?.ok
      ? await s.query<{ name: string; checksum: string }>(
          'select name, checksum from drizzle.touriquest_logic',
        )
      : [];
    const known = new Map(logicRows.map((r) => [r.name, r.checksum]));
    return {
      applied: files.filter((f) => hashes.has(f.hash)).map((f) => f.tag),
      pending: files.filter((f) => !hashes.has(f.hash)).map((f) => f.tag),
      logicPending: opts.logic.filter((l) => known.get(l.name) !== logicChecksum(l)).map((l) => l.name),
    };
  });
}
