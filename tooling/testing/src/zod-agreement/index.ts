/**
 * "zod agrees with the database": for each table of a package, rows made from a valid row by changing
 * one to three columns to valid or near-invalid values are judged by the insert zod schema and by the
 * database (both engines); the two must accept exactly the same rows on single-row rules. Rules between
 * rows (uniques, foreign keys, overlaps, verified stays) cannot be judged on one row: each table lists
 * the ones its candidates can reach, with the reason, and a refusal by one of them is not a verdict.
 */
import { type Column, getTableColumns, getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEngines, type TestDb } from '../index';
import {
  ABSENT,
  arbitraryFor,
  type ColumnFacts,
  candidatesFor,
  checkNumbers,
  zodNumbers,
} from './candidates';
import { crossRowCodes, judgeDatabase, judgeZod, materialise, type Verdict, type ZodLike } from './judge';

export interface ColumnHint {
  /** Replace the derived candidates (null and absent are still added); nothing random is generated then. */
  values?: unknown[];
  /** Add to the derived candidates. */
  extra?: unknown[];
  /** Leave the column at the valid row's value, and say why. */
  fixed?: string;
}

export interface TableAgreement {
  table: PgTable;
  schema: ZodLike;
  /** A valid row (TypeScript keys) whose parents exist: create them in `tx`, it is rolled back. */
  validRow(tx: TestDb): Promise<Record<string, unknown>>;
  hints?: Record<string, ColumnHint>;
  /** Rules between rows that a candidate can reach, rule name → why it is not a single-row rule. */
  crossRow?: Record<string, string>;
  /**
   * Known disagreements owned by another change, shown as todo tests: the columns stay at the valid row's
   * value meanwhile, or, when `values` is given, only those candidates are left out.
   */
  pending?: { columns: string[]; values?: unknown[]; name: string }[];
  numRuns?: number;
}

/** A table with no insert schema (rows written only by the database itself), and why. */
export interface ExemptTable {
  table: PgTable;
  exempt: string;
}

interface Prepared {
  name: string;
  facts: (ColumnFacts & { candidates: unknown[]; only: boolean })[];
}

function show(v: unknown): string {
  if (v === ABSENT) return '(absent)';
  if (typeof v === 'number' || v === undefined) return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (typeof v === 'string' && v.length > 40) return `${JSON.stringify(v.slice(0, 24))}… (${v.length} chars)`;
  const s = JSON.stringify(v, (_, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
  return s.length > 80 ? `${s.slice(0, 60)}… (${s.length} chars of json)` : s;
}

function prepare(spec: TableAgreement, base: Record<string, unknown>): Prepared {
  const name = getTableName(spec.table);
  const shape = (spec.schema as { shape?: Record<string, unknown> }).shape;
  const numbersByColumn = checkNumbers(spec.table);
  const fkColumns = new Set<string>(
    getTableConfig(spec.table).foreignKeys.flatMap((fk) => fk.reference().columns.map((c) => c.name)),
  );
  const pendingColumns = new Set((spec.pending ?? []).filter((p) => !p.values).flatMap((p) => p.columns));
  const pendingValues = (key: string) =>
    (spec.pending ?? []).filter((p) => p.values && p.columns.includes(key)).flatMap((p) => p.values!);
  const facts: Prepared['facts'] = [];
  for (const [key, column] of Object.entries(getTableColumns(spec.table))) {
    if ((column as Column & { generated?: unknown }).generated) continue;
    if (shape && !(key in shape)) continue; // the database fills it; a caller cannot send it
    const hint = spec.hints?.[key];
    if (hint?.fixed || pendingColumns.has(key)) continue;
    const f: ColumnFacts = {
      key,
      column,
      base: base[key],
      numbers: [...(numbersByColumn.get(column.name) ?? []), ...zodNumbers(shape?.[key])],
      isForeignKey: fkColumns.has(column.name),
    };
    const derived = hint?.values ? [...hint.values, null, ABSENT] : candidatesFor(f);
    const left = pendingValues(key);
    const candidates = [...derived, ...(hint?.extra ?? [])].filter((v) => !left.includes(v));
    facts.push({ ...f, candidates, only: Boolean(hint?.values) });
  }
  return { name, facts };
}

type Outcome = { judged: false } | { judged: true; agree: boolean; zod: Verdict; db: Verdict };

async function judge(
  tx: TestDb,
  spec: TableAgreement,
  row: Record<string, unknown>,
): Promise<Outcome & { unlistedCrossRow?: string }> {
  const input = materialise(row);
  const zod = judgeZod(spec.schema, input);
  const db = await judgeDatabase(
    tx,
    spec.table,
    zod.accepted ? (zod.data as Record<string, unknown>) : input,
  );
  const crossRow =
    !db.accepted &&
    ((db.code && crossRowCodes.has(db.code)) || (db.rule && db.rule in (spec.crossRow ?? {})));
  // Both refused: whichever rule the database tripped over first, nothing is written.
  if (crossRow && zod.accepted) {
    if (db.rule && db.rule in (spec.crossRow ?? {})) return { judged: false };
    return { judged: false, unlistedCrossRow: db.reason };
  }
  return { judged: true, agree: zod.accepted === db.accepted, zod, db };
}

function describeOutcome(name: string, changes: [string, unknown][], o: Outcome): string {
  if (!o.judged) return '';
  const what = changes.map(([k, v]) => `${k} = ${show(v)}`).join(', ');
  const zod = o.zod.accepted ? 'zod accepted' : `zod refused (${o.zod.reason})`;
  const db = o.db.accepted ? 'the database accepted' : `the database refused (${o.db.reason})`;
  return `${name}: ${what}: ${zod} but ${db}`;
}

async function baseRow(tx: TestDb, spec: TableAgreement): Promise<Record<string, unknown>> {
  const base = await spec.validRow(tx);
  const o = await judge(tx, spec, base);
  const verdicts = o.judged
    ? `${o.zod.accepted ? '' : o.zod.reason} ${o.db.accepted ? '' : o.db.reason}`
    : '';
  if (!o.judged || !o.zod.accepted || !o.db.accepted)
    throw new Error(`${getTableName(spec.table)}: the valid row is not valid: ${verdicts}`);
  return base;
}

/**
 * Every candidate of every column of `spec`, one at a time, judged by zod and by the database in `tx`:
 * the disagreements (and refusals by unlisted cross-row rules), one sentence each.
 */
export async function sweep(tx: TestDb, spec: TableAgreement): Promise<string[]> {
  const name = getTableName(spec.table);
  const base = await baseRow(tx, spec);
  const { facts } = prepare(spec, base);
  const disagreements: string[] = [];
  for (const f of facts) {
    for (const v of f.candidates) {
      const o = await judge(tx, spec, { ...base, [f.key]: v });
      if (o.unlistedCrossRow)
        disagreements.push(`${name}.${f.key} = ${show(v)}: unlisted ${o.unlistedCrossRow}`);
      else if (o.judged && !o.agree) disagreements.push(describeOutcome(name, [[f.key, v]], o));
    }
  }
  return disagreements;
}

/** Every table exported by `schemaExports` (a package's `src/schema` module). */
function tablesOf(schemaExports: Record<string, unknown>): string[] {
  return Object.values(schemaExports)
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableName(t))
    .sort();
}

/** The agreement tests of one package: one sweep and one fast-check property per table, on each engine. */
export function describeZodAgreement(
  pkg: string,
  schemaExports: Record<string, unknown>,
  entries: (TableAgreement | ExemptTable)[],
): void {
  describe(`zod agreement of ${pkg}`, () => {
    it('covers every table the package exports', () => {
      expect(entries.map((s) => getTableName(s.table)).sort()).toEqual(tablesOf(schemaExports));
    });
  });
  const specs = entries.filter((e): e is TableAgreement => !('exempt' in e));

  describeEngines(`zod agrees with the database (${pkg})`, (ctx) => {
    for (const spec of specs) {
      const name = getTableName(spec.table);
      for (const p of spec.pending ?? []) it.todo(`${name}: ${p.name}`);

      it(`${name}: every candidate of every column, one at a time`, () =>
        ctx.rollback(async (tx) => {
          const disagreements = await sweep(tx, spec);
          if (disagreements.length > 0)
            throw new Error(`${disagreements.length} disagreements:\n${disagreements.join('\n')}`);
        }));

      it(`${name}: rows with one to three changed columns agree (fast-check)`, () =>
        ctx.rollback(async (tx) => {
          const base = await baseRow(tx, spec);
          const { facts } = prepare(spec, base);
          if (facts.length === 0) return;
          const change = fc.oneof(
            ...facts.map((f) =>
              (f.only ? fc.constantFrom(...f.candidates) : arbitraryFor(f, f.candidates)).map(
                (v) => [f.key, v] as [string, unknown],
              ),
            ),
          );
          const changes = fc.uniqueArray(change, { minLength: 1, maxLength: 3, selector: ([k]) => k });
          await fc.assert(
            fc.asyncProperty(changes, async (cs) => {
              const o = await judge(tx, spec, { ...base, ...Object.fromEntries(cs) });
              if (o.unlistedCrossRow) throw new Error(`${name}: unlisted ${o.unlistedCrossRow}`);
              if (o.judged && !o.agree) throw new Error(describeOutcome(name, cs, o));
            }),
            { numRuns: spec.numRuns ?? 100 },
          );
        }));
    }
  });
}

export { currencyHint, timezoneHint } from './hints';
