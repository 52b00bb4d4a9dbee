import type { CommandSpec } from './args';

/**
 * Every command's name and one-line summary, with a loader for the rest. `touriquest-db --help` reads only
 * this file: a command's module (and the schema, drivers and PGlite it pulls in) loads when it is chosen.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CommandSpec>;
}

export const commands: CommandEntry[] = [
  {
    name: 'migrate',
    summary:
      'Apply pending migrations, then the repeatable logic that changed (advisory-locked, lock_timeout).',
    load: () => import('./commands/migrate').then((m) => m.migrate),
  },
  {
    name: 'push',
    summary: 'Prototype: make the database match the TypeScript schema without migration files.',
    load: () => import('./commands/migrate').then((m) => m.push),
  },
  {
    name: 'status',
    summary:
      'Show applied, pending and failed migrations and the repeatable logic; recognises a pushed database.',
    load: () => import('./commands/migrate').then((m) => m.status),
  },
  {
    name: 'seed',
    summary: 'Load deterministic, realistic data across every landed domain.',
    load: () => import('./commands/seed').then((m) => m.seed),
  },
  {
    name: 'tour',
    summary:
      'Showcase queries on the seeded data: nearest places, quotes, search, refused rules, audit trail.',
    load: () => import('./commands/tour').then((m) => m.tour),
  },
  {
    name: 'doctor',
    summary: 'Health checks: connection, extensions, migrations, sizes, indexes, keys, long queries, cache.',
    load: () => import('./commands/doctor').then((m) => m.doctor),
  },
  {
    name: 'maintain',
    summary: 'Daily jobs: expire holds and sessions, purge soft-deleted rows, partitions, matviews, analyze.',
    load: () => import('./commands/maintain').then((m) => m.maintain),
  },
  {
    name: 'erd',
    summary: 'Write Mermaid ER diagrams per domain to docs/erd/ (--check: fail if they are stale).',
    load: () => import('./commands/erd').then((m) => m.erd),
  },
  {
    name: 'reset',
    summary: 'Drop and rebuild the database from the migrations (a server needs --force).',
    load: () => import('./commands/reset').then((m) => m.reset),
  },
  {
    name: 'backup',
    summary: 'Write a verified backup (server: pg_dump -Fc; embedded: a data-dir tarball) + a manifest.',
    load: () => import('./commands/backup').then((m) => m.backup),
  },
  {
    name: 'restore',
    summary:
      'Restore a backup made by `backup` and check migration state and row counts against its manifest.',
    load: () => import('./commands/backup').then((m) => m.restore),
  },
  {
    name: 'recover',
    summary:
      'Point-in-time recovery: a new loopback cluster from a `backup --pitr` base backup + the WAL archive.',
    load: () => import('./commands/pitr').then((m) => m.recover),
  },
  {
    name: 'rotate-mfa-key',
    summary: 'Re-encrypt every MFA secret under the current key of TOURIQUEST_MFA_KEYS, in batches.',
    load: () => import('./commands/mfa').then((m) => m.rotateMfaKey),
  },
  {
    name: 'studio',
    summary: 'Open Drizzle Studio on the database (the embedded one is served over a local socket).',
    load: () => import('./commands/studio').then((m) => m.studio),
  },
  {
    name: 'start',
    summary: 'Migrate, seed the small scale and tour — the first run on a fresh clone (pnpm start).',
    load: () => import('./commands/start').then((m) => m.start),
  },
];
