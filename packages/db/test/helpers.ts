import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Database, queryRows, sql } from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { testDatabasePrefix } from '@touriquest/testing';
import { inject, vi } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';
import { migrationsFolder } from '../src/migrate';
import { type Schema, schema } from '../src/schema';

/** An empty (unmigrated) database of our own on the test server, dropped by `drop()`. */
export async function freshServerDatabase(): Promise<
  Database<Schema> & { url: string; drop(): Promise<void> }
> {
  const base = inject('serverUrl');
  if (!base) throw new Error('needs TEST_DATABASE_URL');
  const name = `${testDatabasePrefix}_fresh_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ url: base, poolSize: 1 });
  const exec = (q: string) => (admin.client as unknown as { unsafe(q: string): Promise<unknown> }).unsafe(q);
  await exec(`create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const database = await createDb({ url, schema, poolSize: 10 });
  return Object.assign(database, {
    url,
    async drop() {
      await database.close();
      await exec(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  });
}

export function freshPglite(): Promise<Database<Schema>> {
  return createDb({ embedded: pglite, dataDir: 'memory://', schema });
}

const appRel = sql`n.nspname in ('public', 'partitions')
  and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;

/**
 * What a user of the database relies on, as sorted text lines, for comparing two databases object for object:
 * tables (partition keys and bounds, comments), views, columns in order, indexes, constraints, triggers,
 * whole function definitions (body, volatility, settings, comments), enums, policies, roles, reference data.
 */
export async function catalog(
  database: Database<any>,
  opts: { columnOrder?: boolean } = {},
): Promise<Record<string, string[]>> {
  // Push writes columns in definition order, migrations append added ones: order is compared between migrated databases only.
  const position = opts.columnOrder ? sql`a.attnum || '.' ||` : sql``;
  const q = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ line: string }>(database.db, query)).map((r) => r.line).sort();
  return {
    tables: await q(sql`select n.nspname || '.' || c.relname || ' ' || c.relkind::text
        || coalesce(' ' || pg_get_partkeydef(c.oid), '') || coalesce(' ' || pg_get_expr(c.relpartbound, c.oid), '')
        || coalesce(' ' || obj_description(c.oid, 'pg_class'), '') as line
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'v', 'm') and ${appRel}`),
    views: await q(sql`select c.relname || ' ' || pg_get_viewdef(c.oid) as line
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('v', 'm') and ${appRel}`),
    policies:
      await q(sql`select p.tablename || ' ' || p.policyname || ' ' || p.cmd || ' ' || coalesce(p.qual, '')
        || ' ' || coalesce(p.with_check, '') as line from pg_policies p where p.schemaname in ('public', 'partitions')`),
    roles: await q(
      sql`select r.rolname || ' ' || r.rolcanlogin::text as line from pg_roles r where r.rolname like 'touriquest%'`,
    ),
    data: await q(sql`select 'currencies ' || count(*) || ' ' || md5(string_agg(code || name || minor_unit || coalesce(symbol, ''), ',' order by code)) as line from currencies
      union all select 'partition_policies ' || string_agg(parent_table || ' ' || coalesce(retention::text, '-') || ' ' || premake_months, ', ' order by parent_table) from partition_policies`),
    columns:
      await q(sql`select c.relname || '.' || ${position} a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
        || case when a.attnotnull then ' not null' else '' end
        || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')
        || case when a.attgenerated <> '' then ' generated' else '' end as line
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
      where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm') and ${appRel}`),
    indexes: await q(sql`select pg_get_indexdef(i.indexrelid) as line
      from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace where ${appRel}`),
    constraints:
      await q(sql`select c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) as line
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace where ${appRel}`),
    triggers: await q(sql`select pg_get_triggerdef(t.oid) as line
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and ${appRel}`),
    functions:
      await q(sql`select case when p.prokind = 'a' then p.proname || ' aggregate' else pg_get_functiondef(p.oid) end
        || coalesce(' -- ' || obj_description(p.oid, 'pg_proc'), '') as line
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`),
    enums:
      await q(sql`select t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder) as line
      from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' group by t.typname`),
  };
}

/** A copy of the migration history with more migrations appended (tag → SQL), and its cleanup. */
export function historyWith(extra: Record<string, string>): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'tq-history-'));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  for (const [tag, text] of Object.entries(extra)) {
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag });
    writeFileSync(join(folder, `${tag}.sql`), text);
  }
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Run the CLI in-process; returns its exit code (thrown CliErrors become their code) and what it printed. */
export async function cli(argv: string[], env: Record<string, string | undefined> = {}) {
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

/**
 * The two logins the least-privilege tests connect as: a service (member of touriquest_app) and a deployer
 * (member of touriquest_migrator). Logins are cluster-wide: made once, kept (they own nothing); trust auth
 * here, so no password.
 */
export async function ensureTestLogins(db: Database<Schema>['db']): Promise<void> {
  await db.execute(sql`do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'tq_test_service') then
      create role tq_test_service login in role touriquest_app; end if;
    if not exists (select 1 from pg_roles where rolname = 'tq_test_deployer') then
      create role tq_test_deployer login in role touriquest_migrator; end if;
  end $$`);
}

/** `url` with its user replaced: the same database, as another login. */
export function urlAs(url: string, user: string): string {
  const u = new URL(url);
  u.username = user;
  return u.toString();
}
