import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { createDb } from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { CliError, type CommandSpec } from '../args';
import { target, withDatabase } from '../open';
import { libpqEnv, restoreEmbedded, restoreServer } from '../restore';
import { compareManifests, type Manifest, manifest } from '../rowcounts';
import { takeBaseBackup } from './pitr';

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new CliError(`${cmd} is not available: ${(r.error as Error).message}`);
  if (r.status !== 0) throw new CliError(`${cmd} failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  return r.stdout;
}

const manifestPath = (file: string) => `${file}.manifest.json`;

export const backup: CommandSpec = {
  name: 'backup',
  async run(args) {
    const file = args.positionals[0];
    if (args.values.pitr && file) return takeBaseBackup(args, file);
    if (!file)
      throw new CliError('backup: name the backup file, e.g. touriquest-db backup backups/today.dump', 2);
    const path = resolve(file);
    mkdirSync(dirname(path), { recursive: true });
    const t = target(args);
    const m = await withDatabase(
      args,
      async (d) => {
        const before = await manifest(d);
        if (d.engine === 'pglite') {
          const blob = await (d.client as PGlite).dumpDataDir('gzip');
          writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
        } else {
          const { url, env } = libpqEnv(t.url!);
          run('pg_dump', ['-Fc', '--no-owner', '-f', path, '-d', url], env);
        }
        return before;
      },
      { requireSchema: true },
    );
    // Verify: the archive lists (server) or boots with the same migrations (embedded).
    if (m.engine === 'postgres') {
      const listing = run('pg_restore', ['--list', path], process.env);
      const entries = listing.split('\n').filter((l) => /^\d+;/.test(l)).length;
      if (!listing.includes('__drizzle_migrations'))
        throw new CliError('backup verification failed: no migration table in the archive');
      console.log(`backup: ${entries} archive entries listed by pg_restore`);
    } else {
      const check = await createDb({
        embedded: pglite,
        dataDir: 'memory://',
        loadDataDir: new Blob([readFileSync(path)]),
      });
      try {
        const problems = compareManifests(m, await manifest(check));
        if (problems.length) throw new CliError(`backup verification failed: ${problems[0]}`);
      } finally {
        await check.close();
      }
      console.log('backup: tarball boots and holds the same migrations and row counts');
    }
    writeFileSync(manifestPath(path), `${JSON.stringify(m, null, 2)}\n`);
    const rows = Object.values(m.rowCounts).reduce((a, b) => a + b, 0);
    console.log(
      `backup: ${path} (${m.migrations.length} migrations, ${rows} rows in ${Object.keys(m.rowCounts).length} tables)`,
    );
    return 0;
  },
};

/** Refuse an archive that cannot be read to its end, before the restore touches the target. */
async function verifyArchive(path: string, expected: Manifest): Promise<void> {
  const unreadable = (why: string) =>
    new CliError(
      `restore: ${path} is not a readable ${expected.engine} backup (${why}); the target was not touched`,
    );
  if (expected.engine === 'postgres') {
    // --list reads the table of contents only; the data blocks are read by a restore into a script.
    const r = spawnSync('pg_restore', ['-f', '/dev/null', path], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error) throw new CliError(`pg_restore is not available: ${(r.error as Error).message}`);
    if (r.status !== 0) throw unreadable((r.stderr || r.stdout).trim().split('\n')[0] ?? 'pg_restore failed');
    return;
  }
  // Inflate the whole tarball first: PGlite's loader reports a broken gzip stream as an unhandled error.
  let tar: Buffer;
  try {
    tar = gunzipSync(readFileSync(path));
  } catch (err) {
    throw unreadable(`gzip: ${(err as Error).message}`);
  }
  if (tar.subarray(257, 262).toString('latin1') !== 'ustar') throw unreadable('not a tar archive');
  let check: Awaited<ReturnType<typeof createDb>> | undefined;
  try {
    check = await createDb({
      embedded: pglite,
      dataDir: 'memory://',
      loadDataDir: new Blob([readFileSync(path)]),
    });
    const problems = compareManifests(expected, await manifest(check));
    if (problems.length) throw unreadable(problems[0]!);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw unreadable((err as Error).message.split('\n')[0] ?? 'does not boot');
  } finally {
    await check?.close().catch(() => {});
  }
}

export const restore: CommandSpec = {
  name: 'restore',
  async run(args) {
    const file = args.positionals[0];
    if (!file) throw new CliError('restore: name the backup file', 2);
    const path = resolve(file);
    if (!existsSync(path)) throw new CliError(`restore: ${file} does not exist`);
    if (!existsSync(manifestPath(path)))
      throw new CliError(`restore: ${file}.manifest.json is missing: cannot verify`);
    const expected = JSON.parse(readFileSync(manifestPath(path), 'utf8')) as Manifest;
    const t = target(args);
    if ((expected.engine === 'postgres') !== Boolean(t.url)) {
      throw new CliError(
        `restore: this is a ${expected.engine} backup; the target is ${t.url ? 'a server' : 'embedded'}`,
      );
    }
    // Read the whole archive before anything is created: a truncated or garbage file fails here, cheaply.
    await verifyArchive(path, expected);
    const opts = {
      path,
      expected,
      force: Boolean(args.values.force),
      keepOld: Boolean(args.values['keep-old']),
    };
    if (t.url) await restoreServer(t.url, opts);
    else await restoreEmbedded(t.dataDir, opts);
    return 0;
  },
};
