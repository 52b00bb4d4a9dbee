/**
 * Candidate values per column, derived from the Drizzle column type, the numbers in the table's CHECKs
 * that mention the column and the limits of the zod field: valid values and the near-invalid ones next
 * to them (empty and blank strings, lengths at a limit ±1, boundary numbers, NaN/±Infinity, impossible
 * dates and times, out-of-range coordinates, wrong enum strings, oversized json, null and absent).
 */
import { type Column, is, SQL, StringChunk } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig } from 'drizzle-orm/pg-core';
import fc from 'fast-check';

/** "Leave the key out of the row": tests defaults and required columns. */
export const ABSENT = Symbol('absent');

export interface ColumnFacts {
  key: string;
  column: Column;
  /** The valid row's value for this column (may be undefined when the row leaves it to a default). */
  base: unknown;
  /** Numbers found in CHECKs naming the column and in the zod field's limits. */
  numbers: number[];
  /** The column references another table (random uuids would only test the foreign key). */
  isForeignKey: boolean;
}

/** Numbers in a CHECK's SQL, and the columns it names. */
function walkSql(value: SQL, columns: Set<Column>, texts: string[]) {
  for (const chunk of value.queryChunks) {
    if (is(chunk, SQL)) walkSql(chunk, columns, texts);
    else if (is(chunk, StringChunk)) texts.push(chunk.value.join(''));
    else if (chunk && typeof chunk === 'object' && 'columnType' in chunk) columns.add(chunk as Column);
    else if (typeof chunk === 'number') texts.push(String(chunk));
  }
}

/**
 * For each column (by SQL name: CHECKs are built over the extra-config copies of the columns, not the
 * table's own column objects), the numbers of every CHECK that names it.
 */
export function checkNumbers(table: PgTable): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of getTableConfig(table).checks) {
    const columns = new Set<Column>();
    const texts: string[] = [];
    walkSql(c.value, columns, texts);
    const numbers = texts.flatMap((t) => (t.match(/-?\d+(\.\d+)?/g) ?? []).map(Number));
    for (const col of columns) out.set(col.name, [...(out.get(col.name) ?? []), ...numbers]);
  }
  return out;
}

/** The zod field's own limits (min/max length or value), read from zod 4's introspection properties. */
export function zodNumbers(field: unknown): number[] {
  let f = field as { _zod?: { def: { type: string; innerType?: unknown; element?: unknown } } } | undefined;
  for (let i = 0; i < 6 && f?._zod; i++) {
    const def = f._zod.def;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type) && def.innerType)
      f = def.innerType as typeof f;
    else if (def.type === 'array' && def.element) f = def.element as typeof f;
    else break;
  }
  const s = f as unknown as Record<string, unknown> | undefined;
  if (!s) return [];
  return ['minLength', 'maxLength', 'minValue', 'maxValue']
    .map((k) => s[k])
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e15);
}

const uniqNumbers = (ns: number[]) => [...new Set(ns.filter((n) => Number.isFinite(n)))];

/** `base` padded with a's (or cut) to exactly `n` characters: keeps its shape while probing a length. */
function padTo(base: unknown, n: number): string {
  const b = typeof base === 'string' && base.length > 0 ? base : 'a';
  return b.length >= n ? b.slice(0, n) : b + 'a'.repeat(n - b.length);
}

function textCandidates(f: ColumnFacts): unknown[] {
  const b = typeof f.base === 'string' ? f.base : 'sample';
  const lengths = uniqNumbers(
    f.numbers.flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0 && n <= 20_000),
  );
  return [
    b,
    '',
    ' ',
    '\t\n',
    ` ${b} `,
    `${b} `,
    b.toUpperCase(),
    ...lengths.map((n) => padTo(b, n)),
    padTo(b, 300),
    padTo(b, 5_000),
  ];
}

function numberCandidates(f: ColumnFacts, integer: boolean): unknown[] {
  const around = f.numbers.flatMap((n) =>
    integer ? [n - 1, n, n + 1] : [n - 1, n - 0.01, n, n + 0.01, n + 1],
  );
  return uniqNumbers([0, 1, -1, ...around, 2_147_483_647, 2_147_483_648, -2_147_483_649, 32_767, 32_768])
    .concat([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
    .concat(typeof f.base === 'number' ? [f.base] : []);
}

const now = Date.now();
const day = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function dateStringCandidates(f: ColumnFacts): unknown[] {
  return [
    f.base,
    isoDay(now),
    isoDay(now - day),
    isoDay(now + day),
    isoDay(now + 400 * day),
    '1899-12-31',
    '1900-01-01',
    '2026-02-30',
    '2026-13-01',
    '',
    'not-a-date',
  ];
}

function timestampCandidates(f: ColumnFacts): unknown[] {
  return [
    f.base,
    new Date(now),
    new Date(now - 3_600_000),
    new Date(now + 3_600_000),
    new Date(now + 400 * day),
    new Date(0),
    new Date(Number.NaN),
  ];
}

const timeCandidates = [
  '00:00',
  '00:00:00',
  '09:30',
  '23:59',
  '23:59:59',
  '24:00',
  '24:00:00',
  '24:01',
  '25:00',
  '12:60',
  '9:00',
  '',
  'noon',
];

const jsonCandidates = (f: ColumnFacts) => [
  f.base,
  {},
  { a: 1 },
  [],
  [1, 2],
  'text',
  42,
  true,
  { nested: { deep: [1, { x: 'y' }] } },
  { blob: 'x'.repeat(100_000) },
];

const pointCandidates = [
  { lon: 0, lat: 0 },
  { lon: -7.99, lat: 31.63 },
  { lon: -180, lat: -90 },
  { lon: 180, lat: 90 },
  { lon: 180.000001, lat: 0 },
  { lon: -181, lat: 0 },
  { lon: 0, lat: 90.5 },
  { lon: 0, lat: -91 },
  { lon: Number.NaN, lat: 0 },
  { lon: 0, lat: Number.POSITIVE_INFINITY },
];

const rangeCandidates = (f: ColumnFacts) => [
  f.base,
  { start: '2027-06-01', end: '2027-06-03' },
  { start: '2027-06-01', end: '2027-06-02' },
  { start: '2027-06-01', end: '2027-06-01' },
  { start: '2027-06-03', end: '2027-06-01' },
  { start: null, end: '2027-06-01' },
  { start: '2027-06-01', end: null },
  { start: null, end: null },
  { start: '2027-02-30', end: '2027-03-02' },
];

const inetCandidates = ['127.0.0.1', '203.0.113.7', '::1', '2001:db8::1', '256.1.1.1', 'not-an-ip', ''];

function arrayCandidates(f: ColumnFacts, element: Column): unknown[] {
  const inner = candidatesFor({ ...f, column: element, base: Array.isArray(f.base) ? f.base[0] : undefined });
  const sample = Array.isArray(f.base) && f.base.length > 0 ? f.base[0] : inner.find((v) => v != null);
  const lengths = uniqNumbers(
    f.numbers.flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0 && n <= 2_000),
  );
  return [
    f.base,
    [],
    ...inner.filter((v) => v !== ABSENT && v !== null).map((v) => [v]),
    [sample, sample],
    [null],
    ...lengths.map((n) => Array.from({ length: n }, () => sample)),
    Array.from({ length: 1_000 }, () => sample),
  ];
}

/** Every candidate value of one column (null and absent included). */
export function candidatesFor(f: ColumnFacts): unknown[] {
  const col = f.column as Column & {
    enumValues?: string[];
    baseColumn?: Column;
    getSQLType(): string;
    dimensions?: number;
  };
  const sqlType = col.getSQLType();
  let values: unknown[];
  if (col.columnType === 'PgArray' && col.baseColumn) values = arrayCandidates(f, col.baseColumn);
  else if (col.enumValues && col.enumValues.length > 0)
    values = [...col.enumValues, 'not_a_value', '', col.enumValues[0]!.toUpperCase()];
  else if (col.columnType === 'PgUUID')
    values = f.isForeignKey
      ? [f.base, 'not-a-uuid']
      : [f.base, '01890a5d-ac96-774b-bcce-b302099a8057', 'not-a-uuid', ''];
  else if (col.columnType === 'PgBoolean') values = [true, false];
  else if (/^(smallint|integer|bigint)/.test(sqlType)) values = numberCandidates(f, true);
  else if (col.columnType === 'PgNumeric')
    // numeric in string mode: the same boundaries, spelled as the decimal text a client sends.
    values = numberCandidates(f, false)
      .map((n) => String(n))
      .concat(['', 'abc', '1e3', ' 1 ']);
  else if (/^(numeric|real|double)/.test(sqlType)) values = numberCandidates(f, false);
  else if (sqlType === 'date') values = dateStringCandidates(f);
  else if (sqlType.startsWith('timestamp')) values = timestampCandidates(f);
  else if (sqlType.startsWith('time')) values = timeCandidates;
  else if (sqlType.startsWith('json')) values = jsonCandidates(f);
  else if (sqlType.startsWith('geometry') || sqlType.startsWith('geography')) values = pointCandidates;
  else if (sqlType === 'daterange') values = rangeCandidates(f);
  else if (sqlType === 'inet') values = inetCandidates;
  else if (sqlType === 'tsvector') values = [];
  else values = textCandidates(f);
  return [...values.filter((v) => v !== undefined), null, ABSENT];
}

/** The fast-check arbitrary of one column: its candidates, plus generated values of its type. */
export function arbitraryFor(f: ColumnFacts, candidates: unknown[]): fc.Arbitrary<unknown> {
  const sqlType = (f.column as Column & { getSQLType(): string }).getSQLType();
  const pick = fc.constantFrom(...candidates);
  const enumLike = (f.column as { enumValues?: string[] }).enumValues?.length;
  if (f.column.columnType === 'PgArray' || f.column.columnType === 'PgUUID' || enumLike) return pick;
  if (/^(smallint|integer|bigint)/.test(sqlType))
    return fc.oneof({ arbitrary: pick, weight: 3 }, fc.integer({ min: -1_000_000, max: 1_000_000 }));
  if (f.column.columnType === 'PgNumeric')
    return fc.oneof(
      { arbitrary: pick, weight: 3 },
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
    );
  if (/^(numeric|real|double)/.test(sqlType))
    return fc.oneof({ arbitrary: pick, weight: 3 }, fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  if (sqlType === 'text' || sqlType.startsWith('varchar') || sqlType === 'citext')
    return fc.oneof({ arbitrary: pick, weight: 3 }, fc.string({ maxLength: 40 }));
  return pick;
}
