/**
 * The push path (`pnpm db:push`, `touriquest-db push`): prototype a database straight from the TypeScript
 * schema, without migration files. drizzle-kit's programmatic `pushSchema` (0.31) ignores `casing` and
 * expects `{ rows }` results, so we drive its CLI instead:
 *   1. core's bootstrap SQL (extensions, uuid_generate_v7) — push cannot create extensions — and the roles
 *      (0013's first statement), which the kit's row-level policies name;
 *   2. `drizzle-kit push --force` against the target; the embedded PGlite is served over the wire protocol
 *      on a random localhost port so the kit can reach it;
 *   2b. every row-level policy re-created from its definition (the kit drops USING / WITH CHECK: policies.ts);
 *   3. the migrations marked `-- touriquest:also-on-push` (partitioned tables, exclusion constraints … what the
 *      kit cannot express), each once, recorded in `drizzle.touriquest_pushed` — which is also how `status`
 *      and `doctor` recognise a pushed database;
 *   4. the repeatable logic of every domain, exactly as the migrate path installs it, and the partitions.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { applyPushExtras, bootstrapSql, type Database, rawTransaction } from '@touriquest/core';
import { allLogic } from './logic';
import { afterDeploy, migrationsFolder, rolesStatement } from './migrate';
import { policyStatements } from './policies';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const drizzleConfigPath = join(packageDir, 'drizzle.config.ts');

class PushError extends Error {
  override name = 'PushError';
}

export interface PushReport {
  /** The SQL statements drizzle-kit executed (empty when the schema was already in place). */
  statements: string[];
  /** The `also-on-push` migrations applied by this push. */
  migrations: string[];
  logicApplied: string[];
  output: string;
}

function drizzleKitBin(): string {
  for (let dir = packageDir; ; dir = dirname(dir)) {
    const bin = join(dir, 'node_modules', '.bin', 'drizzle-kit');
    if (existsSync(bin)) return bin;
    if (dirname(dir) === dir) throw new PushError('drizzle-kit is not installed (run pnpm install)');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serve an open PGlite over the PostgreSQL wire protocol on 127.0.0.1 (for drizzle-kit push/studio, psql).
 * PGlite is single-connection underneath; the socket server queues the clients' queries.
 */
export async function servePglite(
  pg: PGlite,
  port?: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const p = port ?? (await freePort());
  const server = new PGLiteSocketServer({ db: pg, host: '127.0.0.1', port: p, maxConnections: 16 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${p}/postgres`,
    async stop() {
      await server.stop();
      // The server detaches closed sockets on a later tick and touches the PGlite then: let that happen
      // before the caller may close the database (else an unhandled rejection from inside the socket server).
      await new Promise((r) => setTimeout(r, 100));
    },
  };
}

/** drizzle-kit exits 0 even when a statement failed or it wanted a prompt: read its output instead. */
export function pushFailure(output: string): string | undefined {
  const lines = output.split('\n');
  const bad = lines.findIndex((l) =>
    /PostgresError|^\s*error:|\berror: |Error: |ECONNREFUSED|data loss|\? .*›/i.test(l),
  );
  if (bad < 0) return undefined;
  return lines
    .slice(bad, bad + 3)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '))
    .join(' ');
}

/** The statements drizzle-kit printed with --verbose (it echoes each planned statement before running it). */
function pushStatements(output: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes (ESC [ … m).
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const out: string[] = [];
  for (const line of clean.split('\n')) {
    const t = line.trim();
    if (/^(CREATE|ALTER|DROP|COMMENT|DO|INSERT|TRUNCATE)\b/i.test(t)) out.push(t);
  }
  return out;
}

export async function runDrizzleKit(
  args: string[],
  url: string,
  opts: { inherit?: boolean; config?: string } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(drizzleKitBin(), [...args, '--config', opts.config ?? drizzleConfigPath], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: url, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: opts.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Run `fn` with a URL drizzle-kit can reach: the server's own URL, or a socket in front of the PGlite. */
async function withKitUrl<T>(
  database: Database<any>,
  serverUrl: string | undefined,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  if (database.engine === 'postgres') {
    if (!serverUrl) throw new PushError('push to a server needs its URL');
    return fn(serverUrl);
  }
  const served = await servePglite(database.client as PGlite);
  try {
    return await fn(served.url);
  } finally {
    await served.stop();
  }
}

export async function pushDatabase(
  database: Database<any>,
  opts: { url?: string; log?: (line: string) => void } = {},
): Promise<PushReport> {
  const log = opts.log ?? (() => {});
  log('bootstrap: extensions, uuid_generate_v7() and the roles the row-level policies name');
  await rawTransaction(database, async (s) => {
    await s.exec(bootstrapSql);
    await s.exec(rolesStatement());
  });
  log('drizzle-kit push --force');
  const { code, output } = await withKitUrl(database, opts.url, (url) =>
    runDrizzleKit(['push', '--force', '--verbose', '--strict=false'], url),
  );
  const failure = pushFailure(output);
  if (code !== 0 || failure) {
    throw new PushError(`drizzle-kit push failed${failure ? `: ${failure}` : ` (exit ${code})`}`);
  }
  const statements = pushStatements(output);
  log(`  ${statements.length} statement(s)`);
  const policies = policyStatements();
  log(`row-level policies: ${policies.length / 2} re-created with their expressions`);
  await rawTransaction(database, async (s) => {
    for (const statement of policies) await s.exec(statement);
  });
  // Logic is forced, not by checksum: push may have dropped objects a logic item made that the kit can see (a
  // foreign key to a table of another domain, a unique constraint); re-running every item restores them.
  const extras = await applyPushExtras(database, { migrationsFolder, logic: allLogic, afterDeploy });
  log(`migrations for push: ${extras.migrations.join(', ') || 'already applied'}`);
  log(`repeatable logic: ${extras.logicApplied.length} item(s) applied`);
  return { statements, migrations: extras.migrations, logicApplied: extras.logicApplied, output };
}
