import { databaseStatus, migrateDatabase } from '../../migrate';
import { pushDatabase } from '../../push';
import type { CommandSpec } from '../args';
import { describeTarget, withDatabase } from '../open';

export const migrate: CommandSpec = {
  name: 'migrate',
  usage: 'migrate',
  details: [
    'Each migration runs in its own transaction (or statement by statement when marked -- touriquest:no-transaction).',
    'Safe to run from several deploys at once: each migration is applied exactly once.',
    'Under traffic: a statement waits at most TOURIQUEST_MIGRATE_LOCK_TIMEOUT_MS (5000) for a lock, then the',
    'migration is retried with backoff TOURIQUEST_MIGRATE_LOCK_RETRIES (5) times before it fails naming the table.',
  ],
  async run(args) {
    console.log(`migrate: ${describeTarget(args)}`);
    const report = await withDatabase(args, (d) => migrateDatabase(d, { log: (l) => console.log(l) }));
    console.log(
      report.applied.length ? `applied ${report.applied.join(', ')}` : 'migrations: already up to date',
    );
    console.log(
      report.logicApplied.length
        ? `logic applied: ${report.logicApplied.join(', ')}`
        : 'logic: already up to date',
    );
    if (report.logicDropped.length) console.log(`logic dropped: ${report.logicDropped.join(', ')}`);
    return 0;
  },
};

export const push: CommandSpec = {
  name: 'push',
  usage: 'push',
  details: [
    "Bootstrap SQL (extensions), then `drizzle-kit push --force`, then every domain's repeatable logic.",
    'For development databases only: push is not transactional and may drop columns. Deploy with migrate.',
  ],
  async run(args) {
    console.log(`push: ${describeTarget(args)}`);
    const report = await withDatabase(args, (d) =>
      pushDatabase(d, { url: d.url, log: (l) => console.log(l) }),
    );
    for (const s of report.statements) console.log(`  ${s.length > 100 ? `${s.slice(0, 99)}…` : s}`);
    console.log(report.statements.length ? 'push: done' : 'push: schema already in place');
    return 0;
  },
};

export const status: CommandSpec = {
  name: 'status',
  usage: 'status [--json]',
  details: [
    'Exit 0 when nothing is pending, 1 when migrations or logic are pending (or the database was built by push).',
  ],
  options: { json: { type: 'boolean' } },
  async run(args) {
    const s = await withDatabase(args, (d) => databaseStatus(d));
    const ok = s.builtBy !== 'push' && s.pending.length === 0 && s.logicPending.length === 0;
    if (args.values.json) {
      console.log(JSON.stringify(s, null, 2));
      return ok ? 0 : 1;
    }
    console.log(`status: ${describeTarget(args)}`);
    if (s.builtBy === 'push') {
      console.log(
        `  built by push (last push ${s.pushedAt ?? 'unknown'}): its schema follows the TypeScript, not the migrations`,
      );
      console.log(
        '  keep it current with `touriquest-db push`; to deploy-test migrations, build a fresh database with `migrate`',
      );
      return 1;
    }
    for (const m of s.applied) console.log(`  applied  ${m}`);
    const failed = new Map(s.failed.map((f) => [f.tag, f]));
    for (const m of s.pending) {
      const f = failed.get(m);
      console.log(f ? `  FAILED   ${m} at ${f.failedAt}: ${f.error}` : `  pending  ${m}`);
    }
    console.log(
      s.logicPending.length
        ? `  logic pending: ${s.logicPending.join(', ')}`
        : '  logic: every item applied and current',
    );
    if (s.builtBy === 'empty')
      console.log('empty database: run `touriquest-db migrate` (or `push` for a prototype)');
    else console.log(ok ? 'up to date' : 'pending work: run `touriquest-db migrate`');
    return ok ? 0 : 1;
  },
};
