/**
 * Turning PostgreSQL errors into errors a service can act on. Every rule of the schema has a named
 * constraint (or a trigger that raises with `constraint = <name>`), so the constraint name *is* the rule;
 * domain packages register a sentence for each with `describeRules`.
 */

export type RuleKind =
  | 'unique'
  | 'foreign_key'
  | 'check'
  | 'not_null'
  | 'exclusion'
  | 'rule'
  | 'serialization';

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

const ruleMessages = new Map<string, string>();

/** Register human sentences for named constraints: `{ users_email_key: 'email is already in use' }`. */
export function describeRules(messages: Record<string, string>): void {
  for (const [k, v] of Object.entries(messages)) ruleMessages.set(k, v);
}

export class DatabaseRuleError extends Error {
  override name = 'DatabaseRuleError';
  constructor(
    /** The constraint (rule) name, e.g. `bookings_no_overlap_excl`. */
    readonly rule: string,
    readonly kind: RuleKind,
    readonly code: string,
    message: string,
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

/** A `DatabaseRuleError` for a constraint violation, or `undefined` when `err` is something else. */
export function toRuleError(err: unknown): DatabaseRuleError | undefined {
  const pg = pgErrorOf(err);
  if (!pg?.code) return undefined;
  const kind = sqlStateKinds[pg.code];
  if (!kind) return undefined;
  const column = pg.column ?? pg.column_name;
  const rule =
    pg.constraint ??
    pg.constraint_name ??
    (kind === 'not_null' && column ? `${pg.table ?? pg.table_name}_${column}_not_null` : pg.code);
  const sentence = ruleMessages.get(rule);
  // PostgreSQL's own wording ("violates check constraint …") is replaced by the registered sentence; a
  // trigger's message already says what happened with the row's values, so it is kept.
  const generic = !pg.message || /violates .*constraint|conflicting key value/.test(pg.message);
  const message = `${generic ? (sentence ?? pg.message ?? 'constraint violated') : pg.message} (${rule})`;
  return new DatabaseRuleError(rule, kind, pg.code, message, err);
}

/** Re-throw constraint violations as `DatabaseRuleError`; anything else passes through unchanged. */
export async function mapRuleErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toRuleError(err) ?? err;
  }
}
