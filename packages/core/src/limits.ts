/**
 * Bounded input: every free-form value a service or a client can send has a size limit with a clear error,
 * so one request cannot cost seconds of CPU or megabytes per row. The database holds the jsonb limits on
 * every path (`<table>_<column>_size_check`, measured on PostgreSQL's own text form of the value); zod holds
 * the same limits in the API (`boundedJson`, measured the same way) and the search limits, which have no
 * table to live in (`searchTextSchema`).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check } from 'drizzle-orm/pg-core';
import { z } from 'zod';

export const limits = {
  /** A search box: characters after trimming, and words (each becomes a tsquery or trigram term). */
  searchTextChars: 200,
  searchTextWords: 32,
  /** A metadata-like jsonb value (settings, criteria, event properties), in bytes of its jsonb text. */
  jsonBytes: 16 * 1024,
  /** A document-like jsonb value (a provider's raw response, tool calls, a content snapshot). */
  largeJsonBytes: 256 * 1024,
  /** Levels of a category tree (poi_categories, experience_categories): a root is level 1. */
  categoryDepth: 10,
} as const;

/**
 * The byte length of PostgreSQL's text form of a jsonb value (`octet_length(v::text)`): `": "` after keys,
 * `", "` between items, strings escaped as JSON does. Keys' order differs (jsonb sorts them) but not the length.
 */
export function jsonbTextBytes(value: unknown): number {
  const text = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map((x) => text(x === undefined ? null : x)).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${text(x)}`).join(', ')}}`;
    }
    if (typeof v === 'number') return numericText(v);
    return JSON.stringify(v) ?? 'null';
  };
  return new TextEncoder().encode(text(value)).length;
}

/** A JSON number as jsonb prints it (numeric: never an exponent, so 5e-324 takes 326 characters). */
function numericText(n: number): string {
  const s = JSON.stringify(n); // non-finite numbers become null, as JSON.stringify sends them
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', e] = m;
  const exp = Number(e);
  const digits = lead! + frac;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (exp >= frac.length) return sign + digits + '0'.repeat(exp - frac.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** zod's side of `jsonSizeCheck`: any JSON value of at most `maxBytes` (jsonb text form). */
export const boundedJson = (maxBytes: number = limits.jsonBytes) =>
  z
    .unknown()
    .refine(
      (v) => jsonbTextBytes(v) <= maxBytes,
      `a JSON value of at most ${maxBytes} bytes (jsonb text form)`,
    );

/** The CHECK `<table>_<column>_size_check`: the jsonb value's text form is at most `maxBytes`. */
export const jsonSizeCheck = (
  table: string,
  column: string,
  c: AnyPgColumn | SQL,
  maxBytes: number = limits.jsonBytes,
) => check(`${table}_${column}_size_check`, sql`octet_length(${c}::text) <= ${sql.raw(String(maxBytes))}`);

/** Search text as a service accepts it: trimmed, 1 to 200 characters and at most 32 words. */
export const searchTextSchema = (what = 'search text') =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .max(limits.searchTextChars, `${what} is at most ${limits.searchTextChars} characters`)
    .refine(
      (s) => s.split(/\s+/).length <= limits.searchTextWords,
      `${what} is at most ${limits.searchTextWords} words`,
    );

/**
 * The CHECK `<table>_depth_check` of a category tree kept as an ltree `path`: at most `limits.categoryDepth`
 * levels. The path trigger runs first (BEFORE), so an insert, a move and every re-pathed descendant of a
 * move are held to it; without a bound a deep chain made the subtree helpers recurse until PostgreSQL's
 * stack depth limit stopped them.
 */
export const categoryDepthCheck = (table: string, path: AnyPgColumn) =>
  check(`${table}_depth_check`, sql`nlevel(${path}) <= ${sql.raw(String(limits.categoryDepth))}`);
