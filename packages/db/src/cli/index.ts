/**
 * `touriquest-db`: one tool for the people who run this database — migrate, push, status, seed, tour,
 * doctor, maintain, erd, reset, backup, restore, recover, rotate-mfa-key, studio, start. Works on the embedded PGlite under `.data/`
 * with no configuration and on any server through DATABASE_URL.
 */
import { redactUrl } from '@touriquest/core';
import { CliError, type CommandSpec, helpText, parse } from './args';
import { backup, restore } from './commands/backup';
import { doctor } from './commands/doctor';
import { erd } from './commands/erd';
import { maintain } from './commands/maintain';
import { rotateMfaKey } from './commands/mfa';
import { migrate, push, status } from './commands/migrate';
import { recover } from './commands/pitr';
import { reset } from './commands/reset';
import { seed } from './commands/seed';
import { start } from './commands/start';
import { studio } from './commands/studio';
import { tour } from './commands/tour';

export const commands: CommandSpec[] = [
  migrate,
  push,
  status,
  seed,
  tour,
  doctor,
  maintain,
  erd,
  reset,
  backup,
  restore,
  recover,
  rotateMfaKey,
  studio,
  start,
];

function usage(): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: touriquest-db <command> [options]   (pnpm touriquest-db <command> from the repository root)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Target: DATABASE_URL when set, otherwise the embedded PGlite under .data/pglite.',
    "Run `touriquest-db <command> --help` for a command's options.",
  ].join('\n');
}

/** Never let a URL with a password reach the terminal, whatever library wrote the message. */
export function redactSecrets(text: string): string {
  return text.replace(/postgres(?:ql)?:\/\/[^\s'"]+/g, (u) => redactUrl(u));
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const spec = commands.find((c) => c.name === name);
  if (!spec) throw new CliError(`unknown command ${JSON.stringify(name)} (try --help)`, 2);
  const args = parse(spec, rest);
  if (args.values.help) {
    console.log(helpText(spec));
    return 0;
  }
  return (await spec.run(args)) ?? 0;
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      const e = err as Error & { exitCode?: number; cause?: { message?: string; constraint_name?: string } };
      // Drizzle wraps driver errors as "Failed query: <the whole statement>": the driver's message is the reason.
      const reason = e.cause?.message && /^Failed query/.test(e.message ?? '') ? e.cause.message : e.message;
      const rule = e.cause?.constraint_name ? ` (${e.cause.constraint_name})` : '';
      const msg =
        err instanceof CliError
          ? e.message
          : `${e.name ?? 'Error'}: ${reason ?? String(err)}${rule}`.slice(0, 400);
      console.error(`touriquest-db: ${redactSecrets(msg.split('\n')[0] ?? '')}`);
      if (process.env.DEBUG) console.error(redactSecrets(String(e.stack)));
      process.exit(e.exitCode ?? 1);
    },
  );
}
