/**
 * Column-helper factories, one per mixin of SCHEMA.md. Each call returns fresh builders, so two tables
 * never share a column object. The matching CHECKs and indexes come from `mixinConstraints` below, which
 * needs the table's name to keep constraint names unique (`<table>_<rule>_check`).
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  char,
  check,
  index,
  integer,
  jsonb,
  numeric,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { jsonSizeCheck } from './limits';
import { currencies } from './schema/currencies';
import { geometryPoint4326, tsvector } from './types';

export { timestamptz } from './columns-base';

import { timestamptz } from './columns-base';

/** BaseModel: a time-ordered UUIDv7 from SQL, so raw SQL inserts get ids too. */
export const id = () => ({
  id: uuid().primaryKey().default(sql`uuid_generate_v7()`),
});

/** TimestampMixin: `updated_at` is kept by the `tq_touch_row` trigger, so SQL outside the ORM bumps it too. */
export const timestamps = () => ({
  createdAt: timestamptz().notNull().defaultNow(),
  updatedAt: timestamptz().notNull().defaultNow(),
});

/** SoftDeleteMixin. */
export const softDelete = () => ({
  deletedAt: timestamptz(),
  deletedBy: uuid(),
});

/** AuditMixin: filled from the transaction's actor (`app.actor_id`) by the `tq_stamp_actor` trigger. */
export const audit = () => ({
  createdBy: uuid(),
  updatedBy: uuid(),
});

/** MetadataMixin. */
export const metadata = () => ({
  metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
});

/** GeolocationMixin (`location` is a geometry(Point,4326); pair it with `mixinConstraints.geolocation`). */
export const geolocation = (opts: { required?: boolean } = {}) => ({
  location: opts.required ? geometryPoint4326().notNull() : geometryPoint4326(),
  addressLine1: text(),
  addressLine2: text(),
  city: text(),
  region: text(),
  postalCode: text(),
  countryCode: char({ length: 2 }),
});

/** RatingMixin: kept by triggers on `reviews`. */
export const rating = () => ({
  // A SQL '0' literal: drizzle-kit push compares numeric defaults as text and re-sets a bare 0 every time.
  ratingAvg: numeric({ precision: 3, scale: 2, mode: 'number' }).notNull().default(sql`'0'`),
  ratingCount: integer().notNull().default(0),
  // The exact sum of the counted ratings: each review write moves count and sum by its delta, and the average
  // is sum / count, so no write recounts all reviews of a listing (reviews/src/sql/aggregates.sql).
  ratingSum: integer().notNull().default(0),
});

/** A currency column that must name a row of `currencies`. */
export const currencyCode = () => char({ length: 3 }).references(() => currencies.code);

/** Money amount in integer minor units (cents); never floating point. */
export const minorUnits = () => bigint({ mode: 'number' });

export interface SearchWeights {
  /** title-like columns */
  a: string[];
  /** summary-like columns */
  b?: string[];
  /** body-like columns */
  c?: string[];
  /** array columns (tags) weighted D */
  d?: string[];
}

/**
 * The SQL of a weighted tsvector over snake_case column names (drizzle pastes generated-column SQL verbatim).
 * `config` must be a constant text-search configuration: generated columns require an immutable expression.
 */
export function weightedTsvectorSql(weights: SearchWeights, config = 'simple'): SQL {
  const part = (cols: string[] | undefined, w: string) =>
    (cols ?? []).map((c) => `setweight(to_tsvector('${config}'::regconfig, coalesce(${c}, '')), '${w}')`);
  const arrays = (weights.d ?? []).map(
    (c) =>
      `setweight(to_tsvector('${config}'::regconfig, coalesce(tq_text_array_to_string(${c}, ' '), '')), 'D')`,
  );
  const parts = [...part(weights.a, 'A'), ...part(weights.b, 'B'), ...part(weights.c, 'C'), ...arrays];
  return sql.raw(parts.join(' || '));
}

/** SearchableMixin: a stored generated `search_vector`; add `mixinConstraints.searchable` for its indexes. */
export const searchable = (weights: SearchWeights, config = 'simple') => ({
  searchVector: tsvector().generatedAlwaysAs(weightedTsvectorSql(weights, config)),
});

type Col = AnyPgColumn;

/**
 * The white space JavaScript's `String.prototype.trim` removes (ASCII blanks, NBSP, BOM, the Unicode space
 * separators, line and paragraph separators), as an E'' literal: plain `btrim(x)` strips only spaces, so
 * a name of tabs and newlines passed a "not blank" CHECK that zod's `.trim().min(1)` refuses.
 */
const JS_WHITESPACE =
  "E' \\t\\n\\u000B\\f\\r\\u00A0\\uFEFF\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000'";

/** `col` with zod's notion of surrounding white space trimmed: `length(trimmed(x)) > 0` is "not blank". */
export const trimmed = (c: Col | SQL): SQL => sql`btrim(${c}, ${sql.raw(JS_WHITESPACE)})`;

/** CHECKs and indexes that go with the mixins, named `<table>_<rule>_check` / `<table>_<cols>_idx`. */
export const mixinConstraints = {
  metadata: (table: string, t: { metadata: Col }) => [
    check(`${table}_metadata_object_check`, sql`jsonb_typeof(${t.metadata}) = 'object'`),
    jsonSizeCheck(table, 'metadata', t.metadata),
  ],

  /**
   * For a geometryPoint4326 column: the type pins SRID and point, this CHECK the coordinate range
   * (`<table>_<column>_range_check`), and the GiST index is on `column::geography` — the expression
   * ST_DWithin/ST_Distance/`<->` in metres must use to be index-backed.
   */
  wgs84Point: (table: string, column: string, c: Col) => [
    check(
      `${table}_${column}_range_check`,
      sql`st_x(${c}) between -180 and 180 and st_y(${c}) between -90 and 90`,
    ),
    index(`${table}_${column}_idx`).using('gist', sql`(${c}::geography)`),
  ],

  geolocation: (table: string, t: { location: Col; countryCode: Col }) => [
    ...mixinConstraints.wgs84Point(table, 'location', t.location),
    check(`${table}_country_code_check`, sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],

  rating: (table: string, t: { ratingAvg: Col; ratingCount: Col; ratingSum: Col }) => [
    check(`${table}_rating_avg_check`, sql`${t.ratingAvg} between 0 and 5`),
    check(`${table}_rating_count_check`, sql`${t.ratingCount} >= 0`),
    check(`${table}_rating_sum_check`, sql`${t.ratingSum} >= 0`),
  ],

  /** GIN over the stored vector, and a trigram GIN on the name for fuzzy search. */
  searchable: (table: string, t: { searchVector: Col }, name: { column: Col; sqlName: string }) => [
    index(`${table}_search_vector_idx`).using('gin', t.searchVector),
    // `.op()` rather than raw SQL: push recognises the operator class and stops re-creating the index.
    index(`${table}_${name.sqlName}_trgm_idx`).using('gin', (name.column as any).op('gin_trgm_ops')),
  ],

  /** Positive money amount in minor units. */
  nonNegative: (table: string, column: Col, sqlName: string) =>
    check(`${table}_${sqlName}_check`, sql`${column} >= 0`),
};
