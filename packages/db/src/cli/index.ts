/**
 * `touriquest-db`: one tool for the people who run this database — migrate, push, status, seed, tour,
 * doctor, maintain, erd, reset, backup, restore, recover, rotate-mfa-key, studio, start. Works on the embedded PGlite under `.data/`
 * with no configuration and on any server through DATABASE_URL.
 *
 * Imports stay light here (args and the registry only): `--help` and bad usage must answer before the schema,
 * the drivers or PGlite are loaded. A command's module loads when it runs.
 */
import { CliError, helpText, parse } from './args';
import { commands } from './registry';

export { commands };

function usage(): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: touriquest-db <command> [options]   (pnpm exec touriquest-db <command> from the repository root)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Target: DATABASE_URL when set, otherwise the embedded PGlite under .data/pglite.',
    "Run `touriquest-db <command> --help` for a command's options.",
    'Exit codes: 0 done, 1 the database or environment is not right, 2 bad usage.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) throw new CliError(`unknown command ${JSON.stringify(name)} (try --help)`, 2);
  const args = parse(entry, rest);
  if (args.values.help) {
    console.log(helpText(entry));
    return 0;
  }
  return (await (await entry.load()).run(args)) ?? 0;
}

/** One line on stderr and the exit code: 2 for bad usage, 1 for the environment (or the CliError's own). */
async function report(err: unknown): Promise<number> {
  const e = err as Error & { exitCode?: number; cause?: { message?: string; constraint_name?: string } };
  // Drizzle wraps driver errors as "Failed query: <the whole statement>": the driver's message is the reason.
  const reason = e.cause?.message && /^Failed query/.test(e.message ?? '') ? e.cause.message : e.message;
  const rule = e.cause?.constraint_name ? ` (${e.cause.constraint_name})` : '';
  const msg =
    err instanceof CliError
      ? e.message
      : `${e.name ?? 'Error'}: ${reason ?? String(err)}${rule}`.slice(0, 400);
  const text = `${msg.split('\n')[0] ?? ''}${process.env.DEBUG ? `\n${String(e.stack)}` : ''}`;
  // Only a message that holds a URL pays for loading core's redaction.
  const safe = /postgres(?:ql)?:\/\//.test(text) ? (await import('./redact')).redactSecrets(text) : text;
  console.error(`touriquest-db: ${safe}`);
  return e.exitCode ?? 1;
}

/** The process entry (bin/touriquest-db.mjs and `tsx src/cli/index.ts`): exits with main's code. */
export async function runCli(argv: string[]): Promise<never> {
  process.exit(await main(argv).catch(report));
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) void runCli(process.argv.slice(2));
