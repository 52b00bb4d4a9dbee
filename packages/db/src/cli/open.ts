import {
  createDb,
  type Database,
  DatabaseConnectionError,
  databaseBuild,
  defaultDataDir,
  redactUrl,
} from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { type Schema, schema } from '../schema';
import { CliError, type ParsedArgs } from './args';

export type CliDatabase = Database<Schema> & { url?: string };

/** The target the flags and environment select: a server URL (never printed unredacted) or a data dir. */
export function target(args: ParsedArgs): { url?: string; dataDir: string } {
  const url = args.values.embedded ? undefined : process.env.DATABASE_URL || undefined;
  const dataDir = (args.values['data-dir'] as string | undefined) ?? defaultDataDir();
  return { url, dataDir };
}

export function describeTarget(args: ParsedArgs): string {
  const t = target(args);
  return t.url ? `PostgreSQL ${redactUrl(t.url)}` : `embedded PGlite at ${t.dataDir}`;
}

export async function openDatabase(args: ParsedArgs, opts: { poolSize?: number } = {}): Promise<CliDatabase> {
  const t = target(args);
  try {
    const database = await createDb({
      schema,
      url: t.url,
      embedded: t.url ? undefined : pglite,
      dataDir: t.dataDir,
      poolSize: opts.poolSize,
    });
    return Object.assign(database, { url: t.url });
  } catch (err) {
    if (err instanceof DatabaseConnectionError) throw new CliError(err.message);
    throw err;
  }
}

/**
 * Commands that read or write the schema's tables refuse an empty database with what to run, instead of
 * PostgreSQL's `relation "users" does not exist`.
 */
async function requireSchema(database: CliDatabase, args: ParsedArgs): Promise<void> {
  const build = await databaseBuild(database);
  if (build.builtBy === 'empty')
    throw new CliError(
      `${describeTarget(args)} has no TouriQuest schema yet: run \`touriquest-db migrate\` first (or \`touriquest-db push\` for a prototype)`,
    );
}

export async function withDatabase<T>(
  args: ParsedArgs,
  fn: (database: CliDatabase) => Promise<T>,
  opts: { poolSize?: number; requireSchema?: boolean } = {},
): Promise<T> {
  const database = await openDatabase(args, opts);
  try {
    if (opts.requireSchema) await requireSchema(database, args);
    return await fn(database);
  } finally {
    await database.close().catch(() => {});
  }
}
