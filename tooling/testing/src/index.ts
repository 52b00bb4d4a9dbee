/**
 * Test harness: the same test code on embedded PGlite (always) and on a real PostgreSQL server (when
 * TEST_DATABASE_URL is set). One migrated database per worker process and engine, booted from the template
 * built in global-setup; each test runs in a transaction that is rolled back.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TransactionRollbackError } from 'drizzle-orm';
import { beforeAll, describe, expect, inject } from 'vitest';
import type { Database, Db } from '../../../packages/core/src/index';
import type { Schema } from '../../../packages/db/src/schema';
import { core, coreEmbedded, schemaModule } from './load';
import { testDatabasePrefix } from './paths';
import './provided';

export { testDatabasePrefix } from './paths';

export type EngineName = 'pglite' | 'postgres';
export type TestDb = Db<Schema>;
export type TestDatabase = Database<Schema>;

/** The engines this run tests on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function engines(): EngineName[] {
  return inject('serverUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

const databases = new Map<EngineName, Promise<TestDatabase>>();

async function open(engine: EngineName): Promise<TestDatabase> {
  const { createDb } = await core();
  const { schema } = await schemaModule();
  if (engine === 'pglite') {
    const tarball = readFileSync(inject('pgliteTemplate'));
    const { pglite } = await coreEmbedded();
    return createDb({ embedded: pglite, dataDir: 'memory://', loadDataDir: new Blob([tarball]), schema });
  }
  return createDb({ url: inject('serverUrl')!, schema, poolSize: 20 });
}

/** This worker's migrated database on `engine` (opened once, shared by every test file in the worker). */
function getTestDatabase(engine: EngineName): Promise<TestDatabase> {
  let p = databases.get(engine);
  if (!p) {
    p = open(engine);
    databases.set(engine, p);
  }
  return p;
}

/** Run `fn` in a transaction that is always rolled back, so tests never see each other's rows. */
async function inRollback<T>(db: TestDb, fn: (tx: TestDb) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await fn(tx as unknown as TestDb);
      tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError)) throw err;
  }
  return result as T;
}

export interface EngineContext {
  readonly engine: EngineName;
  readonly database: TestDatabase;
  readonly db: TestDb;
  /** Shorthand for `inRollback(ctx.db, fn)`. */
  rollback<T>(fn: (tx: TestDb) => Promise<T>): Promise<T>;
}

/** `describe` once per engine; `ctx` is ready inside `it`/`beforeAll` callbacks of the body. */
export function describeEngines(name: string, body: (ctx: EngineContext) => void, only?: EngineName[]): void {
  for (const engine of engines()) {
    if (only && !only.includes(engine)) continue;
    describe(`${name} [${engine}]`, () => {
      let database: TestDatabase | undefined;
      const ctx: EngineContext = {
        engine,
        get database() {
          if (!database) throw new Error('test database is not open yet: use ctx inside it/beforeAll');
          return database;
        },
        get db() {
          return ctx.database.db;
        },
        rollback: (fn) => inRollback(ctx.db, fn),
      };
      beforeAll(async () => {
        database = await getTestDatabase(engine);
      });
      body(ctx);
    });
  }
}

/** `describe` only on the real server (concurrency, EXPLAIN plans); skipped with a visible name otherwise. */
export function describeServer(name: string, body: (ctx: EngineContext) => void): void {
  if (!inject('serverUrl')) {
    describe.skip(`${name} [postgres: set TEST_DATABASE_URL]`, () => {});
    return;
  }
  describeEngines(name, body, ['postgres']);
}

/**
 * Expect `fn` to be refused by the database rule named `rule` (a constraint or trigger rule name). Runs in
 * a savepoint so the surrounding test transaction stays usable; returns the mapped error for more checks.
 */
export async function expectRule(tx: TestDb, rule: string | RegExp, fn: (sp: TestDb) => Promise<unknown>) {
  const { toRuleError } = await core();
  let caught: unknown;
  try {
    await tx.transaction(async (sp) => {
      await fn(sp as unknown as TestDb);
    });
  } catch (err) {
    caught = err;
  }
  if (caught === undefined) throw new Error(`expected the database to refuse with ${rule}, but it accepted`);
  const mapped = toRuleError(caught);
  if (!mapped) throw caught;
  if (typeof rule === 'string') expect(mapped.rule).toBe(rule);
  else expect(mapped.rule).toMatch(rule);
  return mapped;
}

/** zod refuses `input` first, and the database, given the same row, refuses it with `rule`. */
export async function refusedByBoth(
  tx: TestDb,
  schema: { safeParse(input: unknown): { success: boolean } },
  input: Record<string, unknown>,
  rule: string,
  write: (sp: TestDb) => Promise<unknown>,
) {
  const parsed = schema.safeParse(input);
  expect(
    parsed.success,
    `zod accepted input the database refuses with ${rule}: ${JSON.stringify(input)}`,
  ).toBe(false);
  await expectRule(tx, rule, write);
}

/**
 * A database of its own on the server, copied from the pristine migrated template: for tests that must
 * commit (concurrency, partition maintenance) without disturbing the shared per-run database.
 */
export async function createScratchServerDatabase(
  opts: { poolSize?: number } = {},
): Promise<TestDatabase & { url: string; drop(): Promise<void> }> {
  const base = inject('serverUrl');
  const template = inject('serverTemplateDb');
  if (!base || !template) throw new Error('scratch databases need TEST_DATABASE_URL');
  const { createDb } = await core();
  const { schema } = await schemaModule();
  const name = `${testDatabasePrefix}_scratch_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ url: base, poolSize: 1 });
  const adminSql = admin.client as unknown as { unsafe(q: string): Promise<unknown> };
  // CREATE DATABASE … TEMPLATE needs the template to be idle; retry briefly if another copy is being made.
  for (let i = 0; ; i++) {
    try {
      await adminSql.unsafe(`create database ${name} template ${template}`);
      break;
    } catch (err) {
      if (i > 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  const database = await createDb({ url: u.toString(), schema, poolSize: opts.poolSize ?? 60 });
  return Object.assign(database, {
    url: u.toString(),
    async drop() {
      await database.close();
      await adminSql.unsafe(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  });
}

/** A fresh, already-migrated PGlite of its own (for tests that must commit on the embedded engine). */
export async function createScratchPglite(): Promise<TestDatabase> {
  const { createDb } = await core();
  const { schema } = await schemaModule();
  const tarball = readFileSync(inject('pgliteTemplate'));
  const { pglite } = await coreEmbedded();
  return createDb({ embedded: pglite, dataDir: 'memory://', loadDataDir: new Blob([tarball]), schema });
}

/**
 * Run `fn` on a scratch database of `engine` (a server database or a PGlite of its own), so it may commit
 * (cascades, partition maintenance); the database is dropped or closed afterwards, whatever happens.
 */
export async function withScratchDatabase<T>(engine: EngineName, fn: (db: TestDb) => Promise<T>): Promise<T> {
  const scratch: TestDatabase & { drop?(): Promise<void> } =
    engine === 'pglite' ? await createScratchPglite() : await createScratchServerDatabase({ poolSize: 2 });
  try {
    return await fn(scratch.db);
  } finally {
    if (scratch.drop) await scratch.drop();
    else await scratch.close();
  }
}

export { explain } from './explain';
export {
  makeDraftListings,
  makeDraftPoi,
  makeDraftProperty,
  makeHost,
  makeMedia,
  makeUser,
  makeUsers,
  uniq,
} from './factories';
