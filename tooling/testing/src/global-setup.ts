/**
 * Once per `vitest run`: make sure a migrated PGlite template exists (cached by a hash of the migrations
 * and the database logic, so only a schema change pays the ~20 s build), and, when TEST_DATABASE_URL is
 * set, create a fresh migrated database on that server for this run plus a pristine template copy for
 * tests that need a scratch database of their own.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './provided';
import {
  cacheDir,
  coreEmbeddedEntry,
  coreEntry,
  dbLogicEntry,
  dbMigrateEntry,
  testDatabasePrefix,
} from './paths';

async function templateKey(migrationsFolder: string): Promise<string> {
  const { allLogic } = await import(dbLogicEntry);
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, name.name);
      if (name.isDirectory()) walk(p);
      else h.update(name.name).update(readFileSync(p));
    }
  };
  walk(migrationsFolder);
  for (const l of allLogic as { name: string; sql: string }[]) h.update(l.name).update(l.sql);
  return h.digest('hex').slice(0, 16);
}

async function lockDir(path: string): Promise<() => void> {
  // mkdir is atomic: parallel `vitest run`s (turbo runs packages side by side) build the template once.
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(path);
      return () => rmSync(path, { recursive: true, force: true });
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`timed out waiting for lock ${path}`);
}

async function buildPgliteTemplate(): Promise<string> {
  const core = await import(coreEntry);
  const { pglite } = await import(coreEmbeddedEntry);
  const { migrateDatabase, migrationsFolder } = await import(dbMigrateEntry);
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `pglite-template-${await templateKey(migrationsFolder)}.tar.gz`);
  if (existsSync(file)) return file;
  const release = await lockDir(`${file}.lock`);
  try {
    if (existsSync(file)) return file;
    const database = await core.createDb({ embedded: pglite, dataDir: 'memory://' });
    await migrateDatabase(database);
    const dump: Blob = await (database.client as { dumpDataDir(c: string): Promise<Blob> }).dumpDataDir(
      'gzip',
    );
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
    await database.close();
    return file;
  } finally {
    release();
  }
}

async function createServerDatabases(
  baseUrl: string,
): Promise<{ url: string; template: string; drop(): Promise<void> }> {
  const core = await import(coreEntry);
  const { migrateDatabase } = await import(dbMigrateEntry);
  const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const name = `${testDatabasePrefix}_test_${suffix}`;
  const template = `${testDatabasePrefix}_tpl_${suffix}`;
  const admin = await core.createDb({ url: baseUrl, poolSize: 1 });
  const exec = (q: string) => (admin.client as { unsafe(q: string): Promise<unknown> }).unsafe(q);
  await exec(`create database ${template}`);
  const withDb = (db: string) => {
    const u = new URL(baseUrl);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const tpl = await core.createDb({ url: withDb(template), poolSize: 1 });
  await migrateDatabase(tpl);
  await tpl.close();
  // The run's working database is a copy; the template stays connection-free so scratch copies can be made.
  await exec(`create database ${name} template ${template}`);
  return {
    url: withDb(name),
    template,
    async drop() {
      await exec(`drop database if exists ${name} with (force)`);
      await exec(`drop database if exists ${template} with (force)`);
      await exec(`select 1`);
      await admin.close();
    },
  };
}

export default async function setup(project: TestProject) {
  project.provide('pgliteTemplate', await buildPgliteTemplate());
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    project.provide('serverUrl', null);
    project.provide('serverTemplateDb', null);
    return;
  }
  const server = await createServerDatabases(base);
  project.provide('serverUrl', server.url);
  project.provide('serverTemplateDb', server.template);
  return () => server.drop();
}
