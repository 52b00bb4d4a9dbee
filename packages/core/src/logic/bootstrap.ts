/** Extensions the schema needs. PGlite must be opened with the matching extension modules (see client.ts). */
export const requiredExtensions = [
  'postgis',
  'pg_trgm',
  'btree_gist',
  // Since migration 0018: search_index's full-text GIN index leads with the (text) locale.
  'btree_gin',
  'citext',
  'ltree',
  'unaccent',
] as const;

/**
 * Statements that must exist before the first table: the content of migration 0000 and the first step of
 * the push path. Idempotent. `--> statement-breakpoint` separates statements for drizzle's migrator.
 */
export const bootstrapStatements: string[] = [
  ...requiredExtensions.map((e) => `create extension if not exists ${e}`),
  // RFC 9562 UUIDv7: 48-bit Unix milliseconds, version 7, variant bits, random rest. PostgreSQL 15 has no
  // built-in uuidv7(); gen_random_uuid() is core since 13, so this works on every engine we target.
  `create or replace function uuid_generate_v7() returns uuid
language sql volatile parallel safe
as $$
  select encode(
    set_bit(
      set_bit(
        overlay(uuid_send(gen_random_uuid())
          placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
          from 1 for 6),
        52, 1),
      53, 1),
    'hex')::uuid
$$`,
  // array_to_string is only STABLE (element output functions in general may depend on settings); for text[]
  // it is immutable in fact, and generated search vectors over tag arrays need an immutable expression.
  // Its search_path is pinned by migration 0016 on the migrate path.
  `create or replace function tq_text_array_to_string(arr text[], sep text) returns text
language sql immutable parallel safe set search_path = public, pg_temp
as $$ select array_to_string(arr, sep) $$`,
];

export const bootstrapSql = bootstrapStatements.join(';\n--> statement-breakpoint\n').concat(';\n');
