import type { CommandHelp, CommandSpec } from './args';

/**
 * Every command's help and options, with a loader for its code. `--help` (the tool's or a command's) and bad
 * usage (exit 2) are answered from this file alone; a command's module, and the schema, drivers and PGlite it
 * pulls in, load only when the command runs.
 */
export interface CommandEntry extends CommandHelp {
  load(): Promise<CommandSpec>;
}

export const commands: CommandEntry[] = [
  {
    name: 'migrate',
    summary:
      'Apply pending migrations, then the repeatable logic that changed (advisory-locked, lock_timeout).',
    usage: 'migrate',
    details: [
      'Each migration runs in its own transaction (or statement by statement when marked -- touriquest:no-transaction).',
      'Safe to run from several deploys at once: each migration is applied exactly once.',
      'Under traffic: a statement waits at most TOURIQUEST_MIGRATE_LOCK_TIMEOUT_MS (5000) for a lock, then the',
      'migration is retried with backoff TOURIQUEST_MIGRATE_LOCK_RETRIES (5) times before it fails naming the table.',
    ],
    load: () => import('./commands/migrate').then((m) => m.migrate),
  },
  {
    name: 'push',
    summary: 'Prototype: make the database match the TypeScript schema without migration files.',
    usage: 'push',
    details: [
      "Bootstrap SQL (extensions), then `drizzle-kit push --force`, then every domain's repeatable logic.",
      'For development databases only: push is not transactional and may drop columns. Deploy with migrate.',
    ],
    load: () => import('./commands/migrate').then((m) => m.push),
  },
  {
    name: 'status',
    summary:
      'Show applied, pending and failed migrations and the repeatable logic; recognises a pushed database.',
    usage: 'status [--json]',
    options: { json: { type: 'boolean' } },
    details: [
      'Exit 0 when nothing is pending, 1 when migrations or logic are pending (or the database was built by push).',
    ],
    load: () => import('./commands/migrate').then((m) => m.status),
  },
  {
    name: 'seed',
    summary: 'Load deterministic, realistic data across every landed domain.',
    usage: 'seed [--scale tiny|small|medium|large] [--seed N]',
    options: { scale: { type: 'string' }, seed: { type: 'string' } },
    details: [
      'Same --seed, same data. tiny and small run in one transaction: an interrupted seed leaves nothing and can',
      'simply run again. medium and large commit batch by batch (each INSERT of up to 2000 rows): an interrupted',
      'one leaves partial data, which seed then refuses — run `touriquest-db reset`, then seed again.',
      'A database that already holds the seed is left alone (reset first to reseed).',
      'Progress: a line per table, redrawn in place on a terminal, plain lines otherwise (logs, pipes).',
    ],
    load: () => import('./commands/seed').then((m) => m.seed),
  },
  {
    name: 'tour',
    summary:
      'Showcase queries on the seeded data: nearest places, quotes, search, refused rules, audit trail.',
    usage: 'tour',
    details: ['Read-only: the changes it demonstrates are rolled back.'],
    load: () => import('./commands/tour').then((m) => m.tour),
  },
  {
    name: 'doctor',
    summary: 'Health checks: connection, extensions, migrations, sizes, indexes, keys, long queries, cache.',
    usage: 'doctor [--json] [--strict] [--long-query-seconds N]',
    options: {
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      'long-query-seconds': { type: 'string' },
    },
    details: ['Exit 1 when a check fails (with --strict also on warnings): usable in CI and monitoring.'],
    load: () => import('./commands/doctor').then((m) => m.doctor),
  },
  {
    name: 'maintain',
    summary: 'Daily jobs: expire holds and sessions, purge soft-deleted rows, partitions, matviews, analyze.',
    usage: 'maintain [--retention-days N] [--session-retention-days N] [--json] | maintain --schedule',
    options: {
      schedule: { type: 'boolean' },
      'retention-days': { type: 'string' },
      'session-retention-days': { type: 'string' },
      json: { type: 'boolean' },
    },
    details: [
      'Safe to run concurrently: each job holds an advisory lock; a second run skips busy jobs.',
      '--schedule: install the SQL jobs in pg_cron when the server preloads it (updated by name on a re-run),',
      'otherwise print the crontab lines; the nightly full `maintain` is a crontab line either way.',
    ],
    load: () => import('./commands/maintain').then((m) => m.maintain),
  },
  {
    name: 'erd',
    summary: 'Write Mermaid ER diagrams per domain to docs/erd/ (--check: fail if they are stale).',
    usage: 'erd [--check]',
    options: { check: { type: 'boolean' } },
    details: ['Needs no database: the diagrams come from the Drizzle table definitions.'],
    load: () => import('./commands/erd').then((m) => m.erd),
  },
  {
    name: 'reset',
    summary: 'Drop and rebuild the database from the migrations (a server needs --force).',
    usage: 'reset [--force]',
    options: { force: { type: 'boolean' } },
    details: [
      'Embedded: deletes the data directory, then migrates a new one.',
      'Server: drops the public, drizzle and partitions schemas (all data!) and migrates; refused without --force.',
    ],
    load: () => import('./commands/reset').then((m) => m.reset),
  },
  {
    name: 'backup',
    summary: 'Write a verified backup (server: pg_dump -Fc; embedded: a data-dir tarball) + a manifest.',
    usage: 'backup <file> | backup --pitr <dir>',
    options: { pitr: { type: 'boolean' } },
    details: [
      'The manifest (<file>.manifest.json) records migration state and row counts; restore checks them.',
      '--pitr (server): a base backup for point-in-time recovery (pg_basebackup; WAL archiving must be on); see `recover`.',
    ],
    load: () => import('./commands/backup').then((m) => m.backup),
  },
  {
    name: 'restore',
    summary:
      'Restore a backup made by `backup` and check migration state and row counts against its manifest.',
    usage: 'restore <file> [--force] [--keep-old]',
    options: { force: { type: 'boolean' }, 'keep-old': { type: 'boolean' } },
    details: [
      'Replaces the target: needs --force when it is there already (server: the database exists and holds a',
      'relation (table, view, sequence) outside the system schemas that no extension owns; embedded: the data',
      'directory exists, even empty).',
      'The archive is read completely first (server: pg_restore of every entry to /dev/null; embedded: booted in',
      'memory and checked against its manifest): a truncated or corrupt file fails and leaves the target as it was.',
      'It is then restored into a new database beside the target (server: <database>__restore_<time>, created',
      'from template0 with the same owner, encoding and locale; embedded: <data dir>.restore-<time>-<pid>) and',
      'checked against the manifest there. Only then is it swapped in: the server ends the sessions on the target',
      'and renames it to <database>__old_<time> and the new one to the target name, in one transaction; the',
      'embedded data directory steps aside as <data dir>.old-<time>. The old one is dropped after the swap;',
      '--keep-old keeps it and prints its name. Any failure before the swap (including a killed restore) leaves',
      'the target as it was; the next restore removes what an interrupted one left behind.',
    ],
    load: () => import('./commands/backup').then((m) => m.restore),
  },
  {
    name: 'recover',
    summary:
      'Point-in-time recovery: a new loopback cluster from a `backup --pitr` base backup + the WAL archive.',
    usage:
      'recover <base-backup-dir> --target-time <timestamp with zone> --into <new-data-dir> --wal-archive <dir> [--port N] [--prepare-only] [--bin-dir <dir>]',
    options: {
      'target-time': { type: 'string' },
      into: { type: 'string' },
      'wal-archive': { type: 'string' },
      port: { type: 'string' },
      'prepare-only': { type: 'boolean' },
      'bin-dir': { type: 'string' },
    },
    details: [
      'Copies the base backup into --into, replays archived WAL (restore_command reads --wal-archive) up to',
      '--target-time, promotes, and checks the migrations against the backup. Transactions committed after the',
      'target are not there. The new cluster listens on 127.0.0.1:--port (5435) with trust for local',
      'connections and archives nothing; the running server is not touched. Stop it with `pg_ctl -D <dir> stop`.',
      'As root, the server runs as the postgres user. --prepare-only writes the directory without starting it.',
    ],
    load: () => import('./commands/pitr').then((m) => m.recover),
  },
  {
    name: 'rotate-mfa-key',
    summary: 'Re-encrypt every MFA secret under the current key of TOURIQUEST_MFA_KEYS, in batches.',
    usage: 'rotate-mfa-key [--batch-size N]',
    options: { 'batch-size': { type: 'string' } },
    details: [
      'TOURIQUEST_MFA_KEYS: keyId:base64-32-byte-key entries, comma-separated, the new (current) key first and',
      'every older key still in use after it. When this reports, the older keys can be removed from it.',
      'Each batch commits on its own: a run that stops (missing key, altered row) can simply be run again.',
    ],
    load: () => import('./commands/mfa').then((m) => m.rotateMfaKey),
  },
  {
    name: 'studio',
    summary: 'Open Drizzle Studio on the database (the embedded one is served over a local socket).',
    usage: 'studio [--socket-port N]',
    options: { 'socket-port': { type: 'string' } },
    details: ['Embedded: the PGlite is served on 127.0.0.1 for as long as studio runs (Ctrl-C to stop).'],
    load: () => import('./commands/studio').then((m) => m.studio),
  },
  {
    name: 'start',
    summary: 'Migrate, seed the small scale and tour — the first run on a fresh clone (pnpm start).',
    usage: 'start',
    load: () => import('./commands/start').then((m) => m.start),
  },
];
