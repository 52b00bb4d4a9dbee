/**
 * The deploy-time migration runner. Two kinds of SQL:
 * - versioned migrations (drizzle-kit's journal order), each applied exactly once, each in its own
 *   transaction under an advisory lock (so two deploys started at once apply each file once), recorded exactly
 *   as drizzle-kit's migrator records them so either tool can take over. A file whose first lines hold
 *   `-- touriquest:no-transaction` runs statement by statement outside a transaction (`create index
 *   concurrently`); `-- touriquest:also-on-push` marks a file the push path applies too (what the kit
 *   cannot express: partitioned tables, exclusion constraints, indexes on materialized views).
 * - repeatable logic (functions, triggers, comments), re-applied only when its checksum changed, or when a
 *   migration dropped one of its objects (re-installed in that migration's own transaction, so no write ever
 *   runs unguarded); objects removed from the SQL are dropped.
 *
 * Deploys run under traffic: every transaction sets `lock_timeout`, so a statement waiting behind a busy
 * table gives up after that long (and the readers queued behind it go on); the runner then retries with
 * backoff a bounded number of times and fails with a message naming the table, who holds it, and what to do.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './client';
import { requiredExtensions } from './logic/bootstrap';
import type { DatabaseLogic } from './logic/types';
import { rawSession, rawTransaction, type ScriptSession } from './raw';

export interface MigrationFile {
  tag: string;
  hash: string;
  createdAt: number;
  sql: string;
  /** The statements between drizzle's `--> statement-breakpoint` markers. */
  statements: string[];
  /** `-- touriquest:no-transaction`: run statement by statement outside a transaction. */
  transactional: boolean;
  /** `-- touriquest:also-on-push`: the push path applies this file too. */
  alsoOnPush: boolean;
}

export interface MigrationReport {
  applied: string[];
  /** Logic items applied because they changed or were new (or re-installed after a migration dropped them). */
  logicApplied: string[];
  /** Functions and triggers dropped because no logic item defines them any more. */
  logicDropped: string[];
}

export interface MigrateOptions {
  migrationsFolder: string;
  logic: DatabaseLogic[];
  /** How long one statement may wait for a lock (default `TOURIQUEST_MIGRATE_LOCK_TIMEOUT_MS` or 5000). */
  lockTimeoutMs?: number;
  /** Retries after a lock timeout before giving up (default `TOURIQUEST_MIGRATE_LOCK_RETRIES` or 5). */
  lockRetries?: number;
  /** First retry delay; doubles each time (default 1000 ms). */
  retryDelayMs?: number;
  /** Statements run at the end of the logic transaction (e.g. premaking partitions). */
  afterDeploy?: string[];
  log?: (line: string) => void;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly file: string,
    override readonly cause: unknown,
    readonly statement?: number,
  ) {
    super(
      `migration ${file}${statement === undefined ? '' : ` (statement ${statement + 1})`} failed: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
  }
}

export interface LockHolder {
  table: string;
  pid: number;
  mode: string;
  state: string | null;
  transactionSeconds: number | null;
  query: string | null;
}

/** A migration that could not get its locks within the bounded retries; nothing of it was applied. */
export class MigrationLockError extends MigrationError {
  override name = 'MigrationLockError';
  constructor(
    file: string,
    cause: unknown,
    readonly attempts: number,
    readonly lockTimeoutMs: number,
    readonly tables: string[],
    readonly holders: LockHolder[],
  ) {
    super(file, cause);
    const held = holders.length
      ? holders
          .map(
            (h) =>
              `pid ${h.pid} holds ${h.mode} on "${h.table}" (${h.state ?? 'unknown state'}${
                h.transactionSeconds === null ? '' : `, transaction open ${h.transactionSeconds} s`
              }${h.query ? `: ${h.query}` : ''})`,
          )
          .join('; ')
      : 'the holder finished before it could be named';
    const on = tables.length
      ? `table${tables.length > 1 ? 's' : ''} ${tables.map((t) => `"${t}"`).join(', ')}`
      : 'a table';
    this.message =
      `migration ${file} could not lock ${on} within lock_timeout ${lockTimeoutMs} ms (${attempts} attempts): ${held}. ` +
      'Nothing of it was applied. Retry the deploy when that transaction has ended, end it (select ' +
      'pg_terminate_backend(<pid>)), or raise TOURIQUEST_MIGRATE_LOCK_TIMEOUT_MS / TOURIQUEST_MIGRATE_LOCK_RETRIES.';
  }
}

const LOCK_KEY = 'touriquest:migrate';
const BREAKPOINT = '--> statement-breakpoint';

function header(text: string): string {
  return text.split('\n').slice(0, 5).join('\n');
}

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
      statements: text
        .split(BREAKPOINT)
        .map((s) => s.trim())
        .filter((s) => s.replace(/--[^\n]*/g, '').trim() !== ''),
      transactional: !/^--\s*touriquest:no-transaction\b/m.test(header(text)),
      alsoOnPush: /^--\s*touriquest:also-on-push\b/m.test(header(text)),
    };
  });
}

export function logicChecksum(item: DatabaseLogic): string {
  return createHash('sha256').update(item.sql).digest('hex');
}

/**
 * The functions and triggers a logic item creates, as `function:<name>` and `trigger:<table>.<name>`. The
 * runner tracks them to re-install an item a migration broke and to drop what was removed from the SQL.
 */
export function logicObjects(sqlText: string): string[] {
  const out = new Set<string>();
  const code = sqlText.replace(/--[^\n]*/g, '');
  for (const m of code.matchAll(
    /create\s+or\s+replace\s+(?:function|procedure)\s+(?:public\.)?"?(\w+)"?\s*\(/gi,
  )) {
    out.add(`function:${m[1]!.toLowerCase()}`);
  }
  for (const m of code.matchAll(
    /create\s+or\s+replace\s+(?:constraint\s+)?trigger\s+"?(\w+)"?\s+[\s\S]*?\bon\s+(?:public\.)?"?(\w+)"?/gi,
  )) {
    out.add(`trigger:${m[2]!.toLowerCase()}.${m[1]!.toLowerCase()}`);
  }
  return [...out].sort();
}

const envInt = (name: string): number | undefined => {
  const v = process.env[name];
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
};

interface Settings {
  lockTimeoutMs: number;
  lockRetries: number;
  retryDelayMs: number;
  log: (line: string) => void;
}

function settings(opts: Partial<MigrateOptions>): Settings {
  return {
    lockTimeoutMs: opts.lockTimeoutMs ?? envInt('TOURIQUEST_MIGRATE_LOCK_TIMEOUT_MS') ?? 5000,
    lockRetries: opts.lockRetries ?? envInt('TOURIQUEST_MIGRATE_LOCK_RETRIES') ?? 5,
    retryDelayMs: opts.retryDelayMs ?? 1000,
    log: opts.log ?? (() => {}),
  };
}

const isLockTimeout = (err: unknown): boolean => (err as { code?: string } | null)?.code === '55P03';

/** Tables a statement names (ALTER TABLE x, … ON x, INTO x, REFERENCES x …), for the lock message. */
export function tablesNamedIn(sqlText: string): string[] {
  const code = sqlText.replace(/--[^\n]*/g, '');
  const out = new Set<string>();
  for (const m of code.matchAll(
    /\b(?:alter\s+table(?:\s+if\s+exists)?(?:\s+only)?|on|into|update|from|join|references|truncate(?:\s+table)?|lock\s+table)\s+(?:only\s+)?(?:"?public"?\.)?"?([a-z_][\w$]*)"?/gi,
  )) {
    out.add(m[1]!.toLowerCase());
  }
  return [...out];
}

async function lockHolders(database: Database<any>, tables: string[]): Promise<LockHolder[]> {
  if (!tables.length) return [];
  try {
    return await rawTransaction(database, (s) =>
      s.query<LockHolder>(
        `select c.relname as "table", l.pid, l.mode, a.state,
                extract(epoch from now() - a.xact_start)::int as "transactionSeconds", left(a.query, 120) as query
           from pg_locks l
           join pg_class c on c.oid = l.relation
           left join pg_stat_activity a on a.pid = l.pid
          where l.granted and l.pid <> pg_backend_pid() and c.relname = any($1::text[])
            and c.relnamespace = 'public'::regnamespace
          order by a.xact_start nulls last`,
        [tables],
      ),
    );
  } catch {
    return [];
  }
}

/** Run `attempt` until it does not fail on a lock timeout, at most 1 + lockRetries times, with backoff. */
async function withLockRetries<T>(
  database: Database<any>,
  cfg: Settings,
  what: string,
  attempt: () => Promise<T>,
  tablesOf: () => string[],
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      const cause = err instanceof MigrationError ? err.cause : err;
      if (!isLockTimeout(cause)) throw err;
      const tables = tablesOf();
      if (i >= cfg.lockRetries) {
        throw new MigrationLockError(
          what,
          cause,
          i + 1,
          cfg.lockTimeoutMs,
          tables,
          await lockHolders(database, tables),
        );
      }
      const delay = cfg.retryDelayMs * 2 ** i * (0.75 + Math.random() * 0.5);
      cfg.log(
        `${what}: lock timeout on ${tables.join(', ') || 'a table'}, retry ${i + 1}/${cfg.lockRetries} in ${Math.round(delay)} ms`,
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

async function ensureBookkeeping(database: Database<any>, cfg: Settings): Promise<void> {
  await withLockRetries(
    database,
    cfg,
    'bookkeeping',
    () => bookkeepingOnce(database, cfg),
    () => [],
  );
}

async function bookkeepingOnce(database: Database<any>, cfg: Settings): Promise<void> {
  await rawTransaction(database, async (s) => {
    await takeMigrationLock(s, cfg, 'transaction');
    // A deploy login (a member of touriquest_migrator) may not create schemas in the database: once the
    // bookkeeping exists, it is kept up as the migrator, which owns it.
    if (await actAsMigrator(s, 'local')) {
      await s.exec('alter table drizzle.touriquest_logic add column if not exists objects text[]');
      return;
    }
    await s.exec(`
      create schema if not exists drizzle;
      create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint);
      create table if not exists drizzle.touriquest_logic (name text primary key, checksum text not null, applied_at timestamptz not null default now());
      alter table drizzle.touriquest_logic add column if not exists objects text[];
      create table if not exists drizzle.touriquest_migration_failures (tag text primary key, hash text not null, error text not null, failed_at timestamptz not null default now());
    `);
  });
}

async function begin(s: ScriptSession, cfg: Settings): Promise<void> {
  await s.exec(`set local lock_timeout = ${Math.max(1, Math.floor(cfg.lockTimeoutMs))}`);
  await takeMigrationLock(s, cfg, 'transaction');
  await actAsMigrator(s, 'local');
}

/**
 * The migration lock, taken by polling rather than by waiting in the lock: a deploy blocked in
 * pg_advisory_lock holds a snapshot all the while, and the other deploy's `create index concurrently` waits for
 * every such snapshot, so the two would deadlock. Between polls a waiter holds no snapshot. Gives up after
 * lock_timeout with a lock-timeout error, which the caller retries like any other.
 */
async function takeMigrationLock(s: ScriptSession, cfg: Settings, scope: 'transaction' | 'session') {
  const fn = scope === 'transaction' ? 'pg_try_advisory_xact_lock' : 'pg_try_advisory_lock';
  const until = Date.now() + cfg.lockTimeoutMs;
  for (;;) {
    const [r] = await s.query<{ ok: boolean }>(`select ${fn}(hashtext($1)) as ok`, [LOCK_KEY]);
    if (r?.ok) return;
    if (Date.now() >= until) {
      throw Object.assign(new Error('another deploy holds the migration lock (touriquest:migrate)'), {
        code: '55P03',
      });
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Once migration 0013 has handed this database to `touriquest_migrator` (it owns the `drizzle` schema), the
 * runner works as that role, whichever login runs the deploy: what it creates is owned by the migrator, and
 * the migrator's default privileges grant the service roles. Before that (0000–0013 of a fresh database) it
 * works as the login itself, which must then be allowed to create roles.
 */
export async function actAsMigrator(s: ScriptSession, scope: 'local' | 'session'): Promise<boolean> {
  const [r] = await s.query<{ ok: boolean }>(
    `select exists (select 1 from pg_namespace n join pg_roles r on r.oid = n.nspowner
                     where n.nspname = 'drizzle' and r.rolname = 'touriquest_migrator'
                       and pg_has_role(r.oid, 'MEMBER')) as ok`,
  );
  if (r?.ok) await s.exec(`set ${scope === 'local' ? 'local ' : ''}role touriquest_migrator`);
  return r?.ok ?? false;
}

async function appliedHashes(s: ScriptSession): Promise<Set<string>> {
  return new Set(
    (await s.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations')).map((r) => r.hash),
  );
}

async function existingObjects(s: ScriptSession): Promise<Set<string>> {
  const rows = await s.query<{ o: string }>(
    `select 'function:' || p.proname as o from pg_proc p where p.pronamespace = 'public'::regnamespace
     union all
     select 'trigger:' || c.relname || '.' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where not t.tgisinternal and t.tgparentid = 0 and c.relnamespace = 'public'::regnamespace`,
  );
  return new Set(rows.map((r) => r.o));
}

async function applyItem(s: ScriptSession, item: DatabaseLogic): Promise<void> {
  try {
    await s.exec(item.sql);
  } catch (err) {
    throw new MigrationError(`logic ${item.name}${item.file ? ` (${item.file})` : ''}`, err);
  }
  await s.query(
    `insert into drizzle.touriquest_logic (name, checksum, objects) values ($1, $2, $3::text[])
     on conflict (name) do update set checksum = excluded.checksum, objects = excluded.objects, applied_at = now()`,
    [item.name, logicChecksum(item), logicObjects(item.sql)],
  );
}

/** Re-install every recorded logic item one of whose objects is gone (a migration dropped it). */
async function reinstallDropped(s: ScriptSession, logic: DatabaseLogic[]): Promise<string[]> {
  const recorded = await s.query<{ name: string; objects: string[] | null }>(
    'select name, objects from drizzle.touriquest_logic where objects is not null',
  );
  if (!recorded.length) return [];
  const present = await existingObjects(s);
  const byName = new Map(logic.map((l) => [l.name, l]));
  const out: string[] = [];
  for (const r of recorded) {
    const item = byName.get(r.name);
    if (item && r.objects!.some((o) => !present.has(o))) {
      await applyItem(s, item);
      out.push(item.name);
    }
  }
  return out;
}

/** Apply changed or new logic items, then drop the objects no item defines any more. */
async function applyLogicIn(
  s: ScriptSession,
  logic: DatabaseLogic[],
  force: boolean,
): Promise<{ applied: string[]; dropped: string[] }> {
  const rows = await s.query<{ name: string; checksum: string; objects: string[] | null }>(
    'select name, checksum, objects from drizzle.touriquest_logic',
  );
  const known = new Map(rows.map((r) => [r.name, r]));
  const present = force ? new Set<string>() : await existingObjects(s);
  const applied: string[] = [];
  for (const item of logic) {
    const row = known.get(item.name);
    const intact = row?.objects ? row.objects.every((o) => present.has(o)) : true;
    if (!force && row?.checksum === logicChecksum(item) && intact) continue;
    await applyItem(s, item);
    applied.push(item.name);
  }
  const wanted = new Set(logic.flatMap((l) => logicObjects(l.sql)));
  // Trigger functions come only from logic (no migration makes one): one that no item defines is retired
  // even when it was never recorded, e.g. made by a release that did not record objects.
  const triggerFunctions = await s.query<{ o: string }>(
    `select 'function:' || p.proname as o from pg_proc p
      where p.pronamespace = 'public'::regnamespace and p.prorettype = 'trigger'::regtype
        and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                          and d.deptype = 'e')`,
  );
  const stale = [...rows.flatMap((r) => r.objects ?? []), ...triggerFunctions.map((r) => r.o)].filter(
    (o) => !wanted.has(o),
  );
  const dropped: string[] = [];
  const now = await existingObjects(s);
  // Triggers before functions: a trigger holds its function.
  for (const o of [...new Set(stale)].sort((a, b) => b.localeCompare(a))) {
    if (!now.has(o)) continue;
    if (o.startsWith('trigger:')) {
      const [table, name] = o.slice('trigger:'.length).split('.');
      await s.exec(`drop trigger if exists "${name}" on public."${table}"`);
    } else {
      const fn = o.slice('function:'.length);
      // Triggers still calling a retired function go with it: no logic item defines them (or the function
      // would be wanted), e.g. the ones release 0.1 made through an attach helper and never recorded.
      const callers = await s.query<{ name: string; rel: string }>(
        `select t.tgname as name, t.tgrelid::regclass::text as rel from pg_trigger t join pg_proc p on p.oid = t.tgfoid
          where p.proname = $1 and p.pronamespace = 'public'::regnamespace and not t.tgisinternal and t.tgparentid = 0`,
        [fn],
      );
      for (const c of callers) {
        await s.exec(`drop trigger if exists "${c.name}" on ${c.rel}`);
        dropped.push(`trigger:${c.rel}.${c.name}`);
      }
      await s.exec(`drop function if exists public."${fn}"`);
    }
    dropped.push(o);
  }
  const names = logic.map((l) => l.name);
  await s.query('delete from drizzle.touriquest_logic where not (name = any($1::text[]))', [names]);
  return { applied, dropped };
}

async function recordFailure(database: Database<any>, file: MigrationFile, err: unknown): Promise<void> {
  try {
    await rawTransaction(database, (s) =>
      s.query(
        `insert into drizzle.touriquest_migration_failures (tag, hash, error) values ($1, $2, $3)
         on conflict (tag) do update set hash = excluded.hash, error = excluded.error, failed_at = now()`,
        [file.tag, file.hash, err instanceof Error ? err.message : String(err)],
      ),
    );
  } catch {
    // The report is best effort: the deploy's own error is what matters.
  }
}

async function applyTransactional(
  database: Database<any>,
  cfg: Settings,
  file: MigrationFile,
  logic: DatabaseLogic[],
): Promise<{ applied: boolean; reinstalled: string[] }> {
  let current = 0;
  return withLockRetries(
    database,
    cfg,
    file.tag,
    () =>
      rawTransaction(database, async (s) => {
        await begin(s, cfg);
        if ((await appliedHashes(s)).has(file.hash)) return { applied: false, reinstalled: [] };
        for (const [i, statement] of file.statements.entries()) {
          current = i;
          try {
            await s.exec(statement);
          } catch (err) {
            throw new MigrationError(file.tag, err, i);
          }
        }
        const reinstalled = await reinstallDropped(s, logic);
        await s.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', [
          file.hash,
          file.createdAt,
        ]);
        await s.query('delete from drizzle.touriquest_migration_failures where tag = $1', [file.tag]);
        return { applied: true, reinstalled };
      }),
    () => tablesNamedIn(file.statements[current] ?? ''),
  );
}

/**
 * A `-- touriquest:no-transaction` file: one connection, a session advisory lock, each statement on its own
 * (retried on lock timeouts). An index a failed `create index concurrently` left INVALID is dropped first,
 * so `create index concurrently if not exists` can be re-run.
 */
async function applyNonTransactional(
  database: Database<any>,
  cfg: Settings,
  file: MigrationFile,
): Promise<boolean> {
  return rawSession(database, async (s) => {
    await withLockRetries(
      database,
      cfg,
      file.tag,
      () => takeMigrationLock(s, cfg, 'session'),
      () => [],
    );
    try {
      await s.exec(`set lock_timeout = ${Math.max(1, Math.floor(cfg.lockTimeoutMs))}`);
      await actAsMigrator(s, 'session');
      if ((await appliedHashes(s)).has(file.hash)) return false;
      for (const [i, statement] of file.statements.entries()) {
        const index =
          /create\s+(?:unique\s+)?index\s+concurrently\s+(?:if\s+not\s+exists\s+)?"?(\w+)"?/i.exec(
            statement,
          )?.[1];
        if (index) {
          const invalid = await s.query<{ ok: boolean }>(
            `select true as ok from pg_index i join pg_class c on c.oid = i.indexrelid
              where c.relname = $1 and c.relnamespace = 'public'::regnamespace and not i.indisvalid`,
            [index],
          );
          if (invalid.length) await s.exec(`drop index concurrently if exists public."${index}"`);
        }
        await withLockRetries(
          database,
          cfg,
          file.tag,
          async () => {
            try {
              await s.exec(statement);
            } catch (err) {
              throw new MigrationError(file.tag, err, i);
            }
          },
          () => tablesNamedIn(statement),
        );
      }
      await s.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', [
        file.hash,
        file.createdAt,
      ]);
      await s.query('delete from drizzle.touriquest_migration_failures where tag = $1', [file.tag]);
      return true;
    } finally {
      await s.exec('reset role');
      await s.exec('reset lock_timeout');
      await s.query('select pg_advisory_unlock(hashtext($1))', [LOCK_KEY]);
    }
  });
}

async function refuseIfPushed(database: Database<any>): Promise<void> {
  const state = await databaseBuild(database);
  if (state.builtBy === 'push') {
    throw new Error(
      'this database was built by `push` (prototype path): migrations cannot take it over. Keep using push, ' +
        'or rebuild it with `touriquest-db reset` (embedded) / a fresh database and `migrate`.',
    );
  }
}

/**
 * Extensions a newer migration needs (btree_gin since 0018) are created here, as the deploy login, before the
 * runner acts as touriquest_migrator: the migrator may not create extensions (it has no CREATE on the
 * database), and a migration's own `create extension if not exists` then finds it made. A login that may not
 * create it either is told so; the migration that needs it then fails naming the extension. Only missing
 * extensions are attempted, so a database that has them all costs one catalog read.
 */
async function ensureExtensions(database: Database<any>, cfg: Settings): Promise<void> {
  await rawTransaction(database, async (s) => {
    // Under the migration lock: two deploys starting at once must not both create the same extension.
    await takeMigrationLock(s, cfg, 'transaction');
    const have = new Set(
      (await s.query<{ extname: string }>('select extname from pg_extension')).map((r) => r.extname),
    );
    for (const e of requiredExtensions.filter((x) => !have.has(x))) {
      try {
        await s.exec('savepoint tq_extension');
        await s.exec(`create extension if not exists ${e}`);
        await s.exec('release savepoint tq_extension');
      } catch (err) {
        await s.exec('rollback to savepoint tq_extension');
        cfg.log(
          `extension ${e} is missing and this login may not create it (${(err as Error).message}): ask a superuser to run \`create extension ${e}\``,
        );
      }
    }
  });
}

export async function runMigrations(database: Database<any>, opts: MigrateOptions): Promise<MigrationReport> {
  const cfg = settings(opts);
  const files = readMigrationFolder(opts.migrationsFolder);
  await refuseIfPushed(database);
  await ensureBookkeeping(database, cfg);
  await ensureExtensions(database, cfg);
  const done = await rawTransaction(database, appliedHashes);
  const applied: string[] = [];
  const logicApplied = new Set<string>();
  for (const file of files) {
    if (done.has(file.hash)) continue;
    try {
      if (file.transactional) {
        const r = await applyTransactional(database, cfg, file, opts.logic);
        if (r.applied) applied.push(file.tag);
        for (const n of r.reinstalled) logicApplied.add(n);
      } else if (await applyNonTransactional(database, cfg, file)) {
        applied.push(file.tag);
      }
    } catch (err) {
      await recordFailure(database, file, err);
      throw err;
    }
    cfg.log(`applied ${file.tag}`);
  }
  const logicResult = await withLockRetries(
    database,
    cfg,
    'repeatable logic',
    () =>
      rawTransaction(database, async (s) => {
        await begin(s, cfg);
        const r = await applyLogicIn(s, opts.logic, false);
        for (const statement of opts.afterDeploy ?? []) await s.exec(statement);
        return r;
      }),
    () => [...new Set(opts.logic.flatMap((l) => tablesNamedIn(l.sql)))],
  );
  for (const n of logicResult.applied) logicApplied.add(n);
  return {
    applied,
    logicApplied: opts.logic.map((l) => l.name).filter((n) => logicApplied.has(n)),
    logicDropped: logicResult.dropped,
  };
}

/**
 * The push path's steps after drizzle-kit: the migrations marked `also-on-push` not applied yet (recorded
 * in `drizzle.touriquest_pushed`), then every logic item (forced: push may have dropped objects the kit sees).
 */
export async function applyPushExtras(
  database: Database<any>,
  opts: MigrateOptions,
): Promise<{ migrations: string[]; logicApplied: string[] }> {
  const cfg = settings(opts);
  const files = readMigrationFolder(opts.migrationsFolder).filter((f) => f.alsoOnPush);
  await ensureBookkeeping(database, cfg);
  return withLockRetries(
    database,
    cfg,
    'push',
    () =>
      rawTransaction(database, async (s) => {
        await s.exec(`set local lock_timeout = ${Math.max(1, Math.floor(cfg.lockTimeoutMs))}`);
        await takeMigrationLock(s, cfg, 'transaction');
        await s.exec(
          'create table if not exists drizzle.touriquest_pushed (hash text primary key, tag text not null, applied_at timestamptz not null default now())',
        );
        const done = new Set(
          (await s.query<{ hash: string }>('select hash from drizzle.touriquest_pushed')).map((r) => r.hash),
        );
        const migrations: string[] = [];
        for (const file of files) {
          if (done.has(file.hash)) continue;
          for (const [i, statement] of file.statements.entries()) {
            try {
              await s.exec(statement);
            } catch (err) {
              throw new MigrationError(file.tag, err, i);
            }
          }
          await s.query('insert into drizzle.touriquest_pushed (hash, tag) values ($1, $2)', [
            file.hash,
            file.tag,
          ]);
          migrations.push(file.tag);
        }
        // The kit and the files above ran as the login (push creates what 0013 then hands over).
        await actAsMigrator(s, 'local');
        const r = await applyLogicIn(s, opts.logic, true);
        for (const statement of opts.afterDeploy ?? []) await s.exec(statement);
        return { migrations, logicApplied: r.applied };
      }),
    () => [],
  );
}

/** Re-install the repeatable logic by hand (a repair tool), under the migration lock. */
export async function applyDatabaseLogic(
  database: Database<any>,
  logic: DatabaseLogic[],
  opts: { force?: boolean; lockTimeoutMs?: number } = {},
): Promise<string[]> {
  const cfg = settings(opts);
  await ensureBookkeeping(database, cfg);
  return rawTransaction(database, async (s) => {
    await begin(s, cfg);
    return (await applyLogicIn(s, logic, opts.force ?? false)).applied;
  });
}

export interface DatabaseBuild {
  /** `migrate`: has a migration history; `push`: built by the push path; `empty`: neither. */
  builtBy: 'migrate' | 'push' | 'empty';
  pushedAt: string | null;
}

export async function databaseBuild(database: Database<any>): Promise<DatabaseBuild> {
  return rawTransaction(database, async (s) => {
    const [r] = await s.query<{ migrations: boolean; pushed: boolean }>(
      `select to_regclass('drizzle.__drizzle_migrations') is not null as migrations,
              to_regclass('drizzle.touriquest_pushed') is not null as pushed`,
    );
    const migrated = r?.migrations
      ? ((await s.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations'))[0]
          ?.n ?? 0) > 0
      : false;
    if (migrated) return { builtBy: 'migrate', pushedAt: null };
    if (r?.pushed) {
      const [p] = await s.query<{ at: string | null }>(
        'select max(applied_at)::text as at from drizzle.touriquest_pushed',
      );
      return { builtBy: 'push', pushedAt: p?.at ?? null };
    }
    return { builtBy: 'empty', pushedAt: null };
  });
}

export interface MigrationFailure {
  tag: string;
  error: string;
  failedAt: string;
}

export interface MigrationStatus extends DatabaseBuild {
  applied: string[];
  pending: string[];
  logicPending: string[];
  /** Pending migrations whose last attempt failed, with the error. */
  failed: MigrationFailure[];
}

export async function migrationStatus(
  database: Database<any>,
  opts: { migrationsFolder: string; logic: DatabaseLogic[] },
): Promise<MigrationStatus> {
  const files = readMigrationFolder(opts.migrationsFolder);
  const build = await databaseBuild(database);
  return rawTransaction(database, async (s) => {
    const [r] = await s.query<{ migrations: boolean; logic: boolean; failures: boolean }>(
      `select to_regclass('drizzle.__drizzle_migrations') is not null as migrations,
              to_regclass('drizzle.touriquest_logic') is not null as logic,
              to_regclass('drizzle.touriquest_migration_failures') is not null as failures`,
    );
    const hashes = r?.migrations ? await appliedHashes(s) : new Set<string>();
    const logicRows = r?.logic
      ? await s.query<{ name: string; checksum: string; objects: string[] | null }>(
          'select name, checksum, objects from drizzle.touriquest_logic',
        )
      : [];
    const present = await existingObjects(s);
    const known = new Map(logicRows.map((row) => [row.name, row]));
    const failures = r?.failures
      ? await s.query<MigrationFailure & { hash: string }>(
          `select tag, hash, error, failed_at::text as "failedAt" from drizzle.touriquest_migration_failures`,
        )
      : [];
    const pending = files.filter((f) => !hashes.has(f.hash));
    return {
      ...build,
      applied: files.filter((f) => hashes.has(f.hash)).map((f) => f.tag),
      pending: pending.map((f) => f.tag),
      logicPending: opts.logic
        .filter((l) => {
          const row = known.get(l.name);
          return row?.checksum !== logicChecksum(l) || (row.objects ?? []).some((o) => !present.has(o));
        })
        .map((l) => l.name),
      failed: failures
        .filter((f) => pending.some((p) => p.tag === f.tag))
        .map(({ tag, error, failedAt }) => ({ tag, error, failedAt })),
    };
  });
}
