import { readdirSync } from 'node:fs';
import { defineConfig } from 'drizzle-kit';

// One migration history for the whole database, generated from the table files of every domain.
const domains = [
  'core',
  'users',
  'content',
  'properties',
  'poi',
  'experiences',
  'bookings',
  'reviews',
  'social',
  'ai-admin',
];

/**
 * Partitioned tables live with the other tables of their package but outside drizzle-kit's view: the kit
 * cannot express PARTITION BY, so hand-written migrations create and change them (0004, 0006), and
 * `partitioned-tables.test.ts` checks each definition against its migrated table. Their partitions sit in the
 * `partitions` schema, which schemaFilter hides from push.
 */
export const outsideKit = [
  '../core/src/schema/audit-log.ts',
  '../ai-admin/src/schema/user-behavior-events.ts',
  '../ai-admin/src/schema/system-health-checks.ts',
];

const schemaFiles = domains.flatMap((d) =>
  readdirSync(new URL(`../${d}/src/schema/`, import.meta.url))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => `../${d}/src/schema/${f}`)
    .filter((f) => !outsideKit.includes(f)),
);

export default defineConfig({
  dialect: 'postgresql',
  schema: schemaFiles,
  out: './migrations',
  casing: 'snake_case',
  schemaFilter: ['public'],
  extensionsFilters: ['postgis'],
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  strict: true,
  verbose: true,
});
