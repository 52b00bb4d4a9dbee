/**
 * `restore` never destroys the target: the backup is restored into a new database (server) or a new sibling
 * data directory (embedded), checked against its manifest there, and only then swapped in by renaming. Until
 * the swap the target is not touched; a failure drops the half-restored copy. The previous database is dropped
 * once the swap is done, or kept (`--keep-old`) under a name that is printed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createDb, redactUrl } from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { rolesStatement } from '../migrate';
import { CliError } from './args';
import { compareManifests, type Manifest, manifest } from './rowcounts';

export interface RestoreOptions {
  /** The verified archive and the manifest it was written with. */
  path: string;
  expected: Manifest;
  force: boolean;
  keepOld: boolean;
}

/** Where an injected failure may stop a restore (TOURIQUEST_RESTORE_FAIL_AFTER, used by the tests only). */
type RestoreStep = 'create' | 'restore' | 'verify' | 'rename-old';

function failpoint(step: RestoreStep): void {
  if (process.env.TOURIQUEST_RESTORE_FAIL_AFTER === step)
    throw new CliError(`restore: stopped after step ${step} (TOURIQUEST_RESTORE_FAIL_AFTER)`);
}

/** Sortable to the millisecond, so two restores in one second get different names. */
function stamp(): string {
  return new Date().toISOString().replace(/\D/g, '').slice(0, 17);
}

const stampPattern = '\\d{17}';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function summary(m: Manifest): string {
  const rows = Object.values(m.rowCounts).reduce((a, b) => a + b, 0);
  return `${m.migrations.length} migrations and ${rows} rows in ${Object.keys(m.rowCounts).length} tables`;
}

function verified(expected: Manifest, actual: Manifest): void {
  const problems = compareManifests(expected, actual);
  if (problems.length) throw new CliError(`restore verification failed: ${problems.join('; ')}`);
}

/** A failure before the swap: the message says the target is as it was (the caller has cleaned up). */
function untouched(err: unknown): unknown {
  if (!(err instanceof Error) || /the target was not touched/.test(err.message)) return err;
  const first = err.message.split('\n')[0] ?? String(err);
  return new CliError(
    `${first.startsWith('restore') ? '' : 'restore: '}${first}; the target was not touched`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Server

const maxIdentifierBytes = 63;

/**
 * `<target>__<kind>_<stamp>`, at most 63 bytes. A target too long for that is cut (on a character boundary)
 * and tagged with a hash of its full name, so two long names with a common start never share side names.
 */
export function sidePrefix(target: string, kind: 'restore' | 'old'): string {
  const room = maxIdentifierBytes - '__restore_'.length - 17;
  let base = target;
  if (Buffer.byteLength(base) > room) {
    const hash = createHash('sha256').update(target).digest('hex').slice(0, 6);
    const chars = Array.from(target);
    while (Buffer.byteLength(chars.join('')) > room - 7) chars.pop();
    base = `${chars.join('')}_${hash}`;
  }
  return `${base}__${kind}_`;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Settings whose stored value is already a list of quoted items (pg_dump's variable_is_guc_list_quote). */
const listSettings = new Set([
  'local_preload_libraries',
  'search_path',
  'session_preload_libraries',
  'shared_preload_libraries',
  'temp_tablespaces',
  'unix_socket_directories',
]);

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** libpq tools get the password through the environment, never on a command line `ps` can show. */
export function libpqEnv(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  u.searchParams.delete('pgbouncer');
  return { url: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

interface DatabaseInfo {
  oid: number;
  owner: string;
  encoding: string;
  collate: string;
  ctype: string;
  provider: string;
  icu: string | null;
  connlimit: number;
  acl: { grantee: string | null; privilege: string; grantable: boolean }[] | null;
  comment: string | null;
}

type Exec = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** Whether the target holds anything of its own: a table, view or sequence outside the system schemas. */
async function holdsData(url: string): Promise<boolean> {
  const d = await createDb({ url, poolSize: 1 });
  try {
    const c = d.client as unknown as { unsafe(q: string): Promise<{ n: number }[]> };
    const [r] = await c.unsafe(`select count(*)::int as n from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`);
    return (r?.n ?? 0) > 0;
  } finally {
    await d.close().catch(() => {});
  }
}

/** The TouriQuest roles exist in the cluster (made if not, when this login may); false when they cannot be. */
async function ensureRoles(exec: (q: string) => Promise<unknown>): Promise<boolean> {
  try {
    await exec(rolesStatement());
    return true;
  } catch (err) {
    console.error(
      `restore: WARNING the roles of migration 0013 are missing and this login cannot create them (${(err as Error).message}): restoring without owners; create them (a superuser runs \`touriquest-db migrate\` once) and restore again`,
    );
    return false;
  }
}

export async function restoreServer(targetUrl: string, opts: RestoreOptions): Promise<void> {
  const target = decodeURIComponent(new URL(targetUrl).pathname.slice(1));
  if (!target) throw new CliError(`restore: ${redactUrl(targetUrl)} names no database`);
  // Renames and drops run from a maintenance database: a database cannot be renamed by its own sessions.
  const maintenance = target === 'postgres' ? 'template1' : 'postgres';
  const admin = await createDb({ url: withDatabaseName(targetUrl, maintenance), poolSize: 1 }).catch(
    (err: Error) => {
      throw new CliError(`restore: ${err.message}`);
    },
  );
  const client = admin.client as unknown as {
    unsafe(q: string, p?: unknown[]): Promise<Record<string, unknown>[]>;
    begin<T>(fn: (tx: { unsafe(q: string): Promise<unknown> }) => Promise<T>): Promise<T>;
  };
  const exec = ((q: string, p?: unknown[]) => client.unsafe(q, p)) as Exec;
  const lockKey = `touriquest-restore:${target}`;
  let locked = false;
  let created: string | undefined;
  let swapped = false;
  try {
    const [lock] = await exec<{ ok: boolean }>('select pg_try_advisory_lock(hashtext($1)) as ok', [lockKey]);
    locked = Boolean(lock?.ok);
    if (!locked) throw new CliError(`restore: another restore of database ${target} is running`);

    // What an interrupted restore (killed process, lost connection) left: never the target, never a kept old one.
    const restorePrefix = sidePrefix(target, 'restore');
    const oldPrefix = sidePrefix(target, 'old');
    const names = (await exec<{ datname: string }>('select datname from pg_database order by 1')).map(
      (r) => r.datname,
    );
    const stale = names.filter((n) => new RegExp(`^${escapeRe(restorePrefix)}${stampPattern}$`).test(n));
    for (const name of stale) {
      await exec(`drop database if exists ${quoteIdent(name)} with (force)`);
      console.log(`restore: dropped ${name}, left by an interrupted restore`);
    }
    for (const name of names.filter((n) => new RegExp(`^${escapeRe(oldPrefix)}${stampPattern}$`).test(n)))
      console.log(
        `restore: ${name} (kept by an earlier restore) is still there; drop it when it is not needed`,
      );

    const [info] = await exec<DatabaseInfo>(
      `select d.oid::int as oid, pg_get_userbyid(d.datdba) as owner, pg_encoding_to_char(d.encoding) as encoding,
              d.datcollate as collate, d.datctype as ctype, d.datlocprovider::text as provider,
              d.daticulocale as icu, d.datconnlimit as connlimit,
              (select json_agg(json_build_object('grantee', case when a.grantee = 0 then null
                                                            else pg_get_userbyid(a.grantee) end,
                                                 'privilege', a.privilege_type, 'grantable', a.is_grantable))
                 from aclexplode(d.datacl) a) as acl,
              shobj_description(d.oid, 'pg_database') as comment
         from pg_database d where d.datname = $1`,
      [target],
    );
    if (info && !opts.force && (await holdsData(targetUrl)))
      throw new CliError(`restore: refusing to overwrite ${redactUrl(targetUrl)} without --force`);

    const ts = stamp();
    const fresh = `${restorePrefix}${ts}`;
    const old = `${oldPrefix}${ts}`;
    const [me] = await exec<{ me: string }>('select current_user as me');
    const owner = info?.owner ?? me!.me;
    const locale =
      info?.provider === 'i'
        ? ` locale_provider icu icu_locale ${quoteLiteral(info.icu ?? '')}`
        : info
          ? ` lc_collate ${quoteLiteral(info.collate)} lc_ctype ${quoteLiteral(info.ctype)}`
          : '';
    await exec(
      `create database ${quoteIdent(fresh)} owner ${quoteIdent(owner)} template template0` +
        (info ? ` encoding ${quoteLiteral(info.encoding)}` : '') +
        locale,
    );
    created = fresh;
    failpoint('create');

    // Owners come back as they were (the migrator owns everything; the audit trigger runs with its rights), so
    // the roles must exist in this cluster. Where they cannot be made, objects fall to the restoring login
    // and the next `migrate` would not work as the migrator: said loudly.
    const withOwners = await ensureRoles(exec);
    // pg_restore creates the extensions (CREATE EXTENSION is in the archive), schemas, tables, data, indexes.
    const { url, env } = libpqEnv(withDatabaseName(targetUrl, fresh));
    const ownerFlags = withOwners ? [] : ['--no-owner'];
    const r = spawnSync('pg_restore', [...ownerFlags, '--exit-on-error', '-d', url, opts.path], {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) throw new CliError(`pg_restore is not available: ${(r.error as Error).message}`);
    if (r.status !== 0)
      throw new CliError(`restore: pg_restore failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
    failpoint('restore');

    const check = await createDb({ url: withDatabaseName(targetUrl, fresh), poolSize: 2 });
    let actual: Manifest;
    try {
      actual = await manifest(check);
    } finally {
      await check.close().catch(() => {});
    }
    verified(opts.expected, actual);
    failpoint('verify');

    // What belongs to the database rather than to its contents: settings, grants, comment, connection limit.
    if (info) {
      const settings = await exec<{ role: string | null; config: string[] }>(
        `select case when setrole = 0 then null else pg_get_userbyid(setrole) end as role, setconfig as config
           from pg_db_role_setting where setdatabase = $1`,
        [info.oid],
      );
      for (const s of settings) {
        for (const item of s.config) {
          const eq = item.indexOf('=');
          const name = item.slice(0, eq);
          const value = item.slice(eq + 1);
          const rhs = listSettings.has(name.toLowerCase()) ? value : quoteLiteral(value);
          const who = s.role ? `role ${quoteIdent(s.role)} in database` : 'database';
          await exec(`alter ${who} ${quoteIdent(fresh)} set ${quoteIdent(name)} = ${rhs}`);
        }
      }
      if (info.acl) {
        await exec(`revoke all on database ${quoteIdent(fresh)} from public`);
        for (const a of info.acl) {
          await exec(
            `grant ${a.privilege} on database ${quoteIdent(fresh)} to ${a.grantee ? quoteIdent(a.grantee) : 'public'}${a.grantable ? ' with grant option' : ''}`,
          );
        }
      }
      if (info.comment !== null)
        await exec(`comment on database ${quoteIdent(fresh)} is ${quoteLiteral(info.comment)}`);
      if (info.connlimit !== -1)
        await exec(`alter database ${quoteIdent(fresh)} connection limit ${Number(info.connlimit)}`);
    }

    // The swap: both renames in one transaction, so the target name always names a whole database — a failed
    // second rename rolls the first back (the old one gets its name back). Sessions on the target are ended
    // first (a database in use cannot be renamed); one that connects in between makes the attempt wait, retry.
    for (let attempt = 1; ; attempt++) {
      try {
        if (info) {
          await exec(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [target],
          );
        }
        await client.begin(async (tx) => {
          if (info) {
            await tx.unsafe(`alter database ${quoteIdent(target)} rename to ${quoteIdent(old)}`);
            failpoint('rename-old');
          }
          await tx.unsafe(`alter database ${quoteIdent(fresh)} rename to ${quoteIdent(target)}`);
        });
        break;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code !== '55006' || attempt >= 5) throw err;
        await new Promise((res) => setTimeout(res, 200 * attempt));
      }
    }
    swapped = true;
    created = undefined;

    if (info && opts.keepOld) {
      console.log(`restore: kept the previous database as ${old} (--keep-old)`);
    } else if (info) {
      try {
        await exec(`drop database if exists ${quoteIdent(old)} with (force)`);
      } catch (err) {
        console.log(`restore: could not drop the previous database ${old}: ${(err as Error).message}`);
      }
    }
    console.log(
      `restore: verified ${summary(actual)}; swapped in as ${target}${info ? '' : ' (a new database)'}`,
    );
  } catch (err) {
    if (!swapped && created) {
      await exec(`drop database if exists ${quoteIdent(created)} with (force)`).catch(() => {});
    }
    throw swapped ? err : untouched(err);
  } finally {
    if (locked) await exec('select pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => {});
    await admin.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------
// Embedded

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function restoreEmbedded(dataDir: string, opts: RestoreOptions): Promise<void> {
  const dir = resolve(dataDir);
  const parent = dirname(dir);
  const base = basename(dir);
  mkdirSync(parent, { recursive: true });

  // `<dir>.restore-<stamp>-<pid>`: a leftover whose process is gone is from an interrupted restore.
  const leftover = new RegExp(`^${escapeRe(base)}\\.restore-${stampPattern}-(\\d+)$`);
  for (const entry of readdirSync(parent)) {
    const m = leftover.exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    if (alive(pid))
      throw new CliError(
        `restore: another restore (pid ${pid}) is writing ${join(parent, entry)}; if it is not running, remove that directory`,
      );
    rmSync(join(parent, entry), { recursive: true, force: true });
    console.log(`restore: removed ${join(parent, entry)}, left by an interrupted restore`);
  }
  const oldPattern = new RegExp(`^${escapeRe(base)}\\.old-${stampPattern}$`);
  for (const entry of readdirSync(parent).filter((e) => oldPattern.test(e)))
    console.log(
      `restore: ${join(parent, entry)} (kept by an earlier restore) is still there; delete it when it is not needed`,
    );

  const exists = existsSync(dir);
  if (exists && !opts.force) throw new CliError(`restore: ${dataDir} exists; pass --force to replace it`);

  const ts = stamp();
  const fresh = `${dir}.restore-${ts}-${process.pid}`;
  const old = `${dir}.old-${ts}`;
  let actual: Manifest;
  try {
    // Loaded and checked in one boot: the archive already booted in memory, this checks what landed on disk.
    const check = await createDb({
      embedded: pglite,
      dataDir: fresh,
      loadDataDir: new Blob([readFileSync(opts.path)]),
    });
    try {
      failpoint('restore');
      actual = await manifest(check);
    } finally {
      await check.close().catch(() => {});
    }
    verified(opts.expected, actual);
    failpoint('verify');
  } catch (err) {
    rmSync(fresh, { recursive: true, force: true });
    throw untouched(err);
  }

  // The swap: the old directory steps aside, the new one takes its name; if that fails the old one goes back.
  if (exists) renameSync(dir, old);
  try {
    if (exists) failpoint('rename-old');
    renameSync(fresh, dir);
  } catch (err) {
    if (exists) renameSync(old, dir);
    rmSync(fresh, { recursive: true, force: true });
    throw untouched(err);
  }
  if (exists && opts.keepOld) console.log(`restore: kept the previous data directory as ${old} (--keep-old)`);
  else if (exists) rmSync(old, { recursive: true, force: true });
  console.log(`restore: verified ${summary(actual)}; swapped in as ${dir}`);
}
