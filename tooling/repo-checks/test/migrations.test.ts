import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './repo';

const folder = join(root, 'packages/db/migrations');
const sqlFiles = readdirSync(folder).filter((f) => f.endsWith('.sql'));
const migrationSql = sqlFiles.map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');

describe('migration history', () => {
  it('names every constraint and index within PostgreSQL 63-byte identifier limit', () => {
    // Longer names are silently truncated by PostgreSQL, and the next generate would plan a rename.
    const names = [...migrationSql.matchAll(/(?:CONSTRAINT|INDEX)\s+"([^"]+)"/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => Buffer.byteLength(n) > 63)).toEqual([]);
  });

  it('starts with the bootstrap migration that installs extensions before any table', () => {
    const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));
    const first = readFileSync(join(folder, `${journal.entries[0].tag}.sql`), 'utf8');
    expect(first).toContain('create extension if not exists postgis');
    expect(first).toContain('uuid_generate_v7');
    expect(first).not.toMatch(/create table/i);
  });

  it('lists exactly the migration files it has in the journal', () => {
    const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));
    expect(journal.entries.map((e: { tag: string }) => `${e.tag}.sql`).sort()).toEqual([...sqlFiles].sort());
  });

  it('uses conventional index names (<table>_..._idx / _key) for every index it creates', () => {
    const bad = [
      ...migrationSql.matchAll(/CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?"([^"]+)" ON "([^"]+)"/g),
    ]
      .filter(([, name, table]) => !name!.startsWith(`${table}_`) || !/_(idx|key)$/.test(name!))
      .map(([, name]) => name);
    expect(bad).toEqual([]);
  });
});
