import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A user mistake or an environment problem: printed as one line, exit code 1 (2 for bad usage). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's help and options (registry.ts): all that `--help` and argument parsing need. */
export interface CommandHelp {
  name: string;
  summary: string;
  usage: string;
  options?: Options;
  /** Extra help lines (what the command does, environment). */
  details?: string[];
}

/** What a command module defines: its code, loaded only when the command runs. */
export interface CommandSpec {
  name: string;
  run(args: ParsedArgs): Promise<number | undefined>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const common: Options = {
  help: { type: 'boolean', short: 'h' },
  embedded: { type: 'boolean' },
  'data-dir': { type: 'string' },
};

export function parse(spec: CommandHelp, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...common, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    throw new CliError(`${spec.name}: ${(err as Error).message.split('\n')[0]}`, 2);
  }
}

export function helpText(spec: CommandHelp): string {
  const lines = [`touriquest-db ${spec.usage}`, '', `  ${spec.summary}`];
  if (spec.details?.length) lines.push('', ...spec.details.map((d) => `  ${d}`));
  lines.push(
    '',
    'Options:',
    ...Object.entries({ ...spec.options }).map(
      ([k, o]) => `  --${k}${o.type === 'string' ? ' <value>' : ''}${o.short ? `, -${o.short}` : ''}`,
    ),
    '  --embedded            use the embedded PGlite even when DATABASE_URL is set',
    '  --data-dir <dir>      embedded data directory (default TOURIQUEST_DATA_DIR or .data/pglite)',
    '  --help, -h            this help',
    '',
    'Environment: DATABASE_URL (a PostgreSQL server; unset = embedded PGlite), DB_CONNECT_TIMEOUT_MS (5000), DB_PGBOUNCER=1, DB_ECHO=1',
  );
  return lines.join('\n');
}

export function intOption(v: string | boolean | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || !Number.isSafeInteger(n)) {
    throw new CliError(`--${name} must be a non-negative integer, got ${JSON.stringify(v)}`, 2);
  }
  return n;
}

export function choiceOption<T extends string>(
  v: string | boolean | undefined,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    throw new CliError(`--${name} must be one of ${choices.join('|')}, got ${JSON.stringify(v)}`, 2);
  }
  return v as T;
}
