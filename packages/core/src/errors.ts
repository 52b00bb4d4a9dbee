/**
 * Turning PostgreSQL errors into errors a service can act on. Every rule of the schema has a named
 * constraint (or a trigger that raises with `constraint = <name>`), so the constraint name *is* the rule.
 * Each package declares every rule it raises in one rules table (`src/rules.ts`, made with `defineRules`):
 * a stable error code and the sentence a service shows. Tables are passed explicitly — there is no global
 * registry filled by import side effects — so what an error says never depends on import order.
 */

export type RuleKind =
  | 'unique'
  | 'foreign_key'
  | 'check'
  | 'not_null'
  | 'exclusion'
  | 'rule'
  | 'serialization';

/**
 * The codes every package shares. Packages may add their own (bookings: `dates_unavailable`, …).
 * - `invalid_input`: the row breaks a rule of its own values (a CHECK, a trigger rule on this row).
 * - `already_exists`: a unique rule — another row has this value.
 * - `conflict`: the row clashes with other rows or the current state (overlaps, capacity, stale state).
 * - `not_found`: a row it points to does not exist (or no longer can be used).
 * - `not_allowed`: the change itself is never allowed (append-only history, derived values).
 * - `retryable`: a deadlock or serialization failure; nothing was written, try again.
 */
export type BaseRuleCode =
  | 'invalid_input'
  | 'already_exists'
  | 'conflict'
  | 'not_found'
  | 'not_allowed'
  | 'retryable';

export interface RuleSpec<Code extends string = string> {
  /** A stable code a service switches on. */
  readonly code: Code;
  /** The sentence a service shows a user. */
  readonly message: string;
}

/** One package's rules: rule name → code and sentence. */
export type RulesTable<Code extends string = string> = Readonly<Record<string, RuleSpec<Code>>>;

/** Declare a package's rules table (typed, frozen). */
export function defineRules<Code extends string, const T extends Record<string, RuleSpec<Code>>>(
  table: T,
): Readonly<T> {
  return Object.freeze(table);
}

/** What a rule name means when no table declares it: a code from its SQLSTATE class. */
const defaultCodes: Record<RuleKind, BaseRuleCode> = {
  unique: 'already_exists',
  foreign_key: 'not_found',
  check: 'invalid_input',
  not_null: 'invalid_input',
  exclusion: 'conflict',
  rule: 'invalid_input',
  serialization: 'retryable',
};

const sqlStateKinds: Record<string, RuleKind> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
  '23P01': 'exclusion',
  '23001': 'rule',
  P0001: 'rule',
  '40001': 'serialization',
  '40P01': 'serialization',
};

export class DatabaseRuleError extends Error {
  override name = 'DatabaseRuleError';
  constructor(
    /** The constraint (rule) name, e.g. `bookings_no_overlap_excl`. */
    readonly rule: string,
    readonly kind: RuleKind,
    /** The SQLSTATE, e.g. `23514`. */
    readonly sqlState: string,
    /** The stable code from the rules table (or the default for the kind when no table declares it). */
    readonly code: string,
    /** The sentence of the rules table, then the rule name: what a service shows. */
    message: string,
    /** The database's own message (a trigger's says which values broke the rule). */
    readonly detail: string | undefined,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

interface PgErrorLike {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  message?: string;
  detail?: string;
  table?: string;
  table_name?: string;
  column?: string;
  column_name?: string;
  cause?: unknown;
}

/** Find the driver's error under Drizzle's `DrizzleQueryError` wrapper (postgres.js and PGlite spell fields differently). */
export function pgErrorOf(err: unknown): PgErrorLike | undefined {
  let e: unknown = err;
  for (let i = 0; i < 5 && e; i++) {
    const c = e as PgErrorLike;
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code)) return c;
    e = c.cause;
  }
  return undefined;
}

/** The rule spec for `rule` in the first table that declares it. */
export function findRule(rule: string, tables: readonly RulesTable[]): RuleSpec | undefined {
  for (const t of tables) {
    const spec = Object.hasOwn(t, rule) ? t[rule] : undefined;
    if (spec) return spec;
  }
  return undefined;
}

/**
 * A `DatabaseRuleError` for a constraint violation, or `undefined` when `err` is something else. `tables`
 * are the rules tables to take code and sentence from (a package passes its own and its dependencies').
 */
export function toRuleError(
  err: unknown,
  tables: RulesTable | readonly RulesTable[] = [],
): DatabaseRuleError | undefined {
  const pg = pgErrorOf(err);
  if (!pg?.code) return undefined;
  const kind = sqlStateKinds[pg.code];
  if (!kind) return undefined;
  const column = pg.column ?? pg.column_name;
  const rule =
    pg.constraint ??
    pg.constraint_name ??
    (kind === 'not_null' && column ? `${pg.table ?? pg.table_name}_${column}_not_null` : pg.code);
  const spec = findRule(rule, Array.isArray(tables) ? tables : [tables as RulesTable]);
  const sentence = spec?.message ?? pg.message ?? 'constraint violated';
  return new DatabaseRuleError(
    rule,
    kind,
    pg.code,
    spec?.code ?? defaultCodes[kind],
    `${sentence} (${rule})`,
    pg.message,
    err,
  );
}

/** Re-throw constraint violations as `DatabaseRuleError`; anything else passes through unchanged. */
export async function mapRuleErrors<T>(
  fn: () => Promise<T>,
  tables: RulesTable | readonly RulesTable[] = [],
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toRuleError(err, tables) ?? err;
  }
}
