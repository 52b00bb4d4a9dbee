import { defineConfig } from 'drizzle-kit';

// One migration history for the whole database, generated from the union of every domain's schema module.
// Partitioned tables (audit_log, …) are created by core's SQL logic, live outside these modules, and keep
// their partitions in the `partitions` schema, which schemaFilter hides from push.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    '../core/src/schema/index.ts',
    '../users/src/schema/index.ts',
    '../content/src/schema/index.ts',
    '../properties/src/schema/index.ts',
    '../poi/src/schema/index.ts',
    '../experiences/src/schema/index.ts',
    '../bookings/src/schema/index.ts',
    '../reviews/src/schema/index.ts',
    '../social/src/schema/index.ts',
    '../ai-admin/src/schema/index.ts',
  ],
  out: './migrations',
  casing: 'snake_case',
  schemaFilter: ['public'],
  extensionsFilters: ['postgis'],
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  strict: true,
  verbose: true,
});
