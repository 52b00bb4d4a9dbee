import { databaseStatus, migrateDatabase } from '../../migrate';
import { pushDatabase } from '../../push';
import type { CommandSpec } from '../args';
import { describeTarget, withDatabase } from '../open';

export const migrate: CommandSpec = {
  name: 'migrate',
  summary: 'Apply pending migrations and the repeatable database logic (advisory-locked, transactional).',
  usage: 'migrate',
  details: ['Safe to run from several deploys at once: each migration is applied exactly once.'],
  async run(args) {
    console.log(`migrate: ${describeTarget(args)}`);
    const report = await withDatabase(args, (d) => migrateDatabase(d));
    console.log(
      report.applied.length ? `applied ${report.applied.join(', ')}` : 'migrations: already up to date',
    );
    console.log(
      report.logicApplied.length
        ? `logic applied: ${report.logicApplied.join(', ')}`
        : 'logic: already up to date',
    );
    return 0;
  },
};

export const push: CommandSpec = {
  name: 'push',
  summary: 'Prototype: make the database match the TypeScript schema without migration files.',
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
  summary: 'Show applied and pending migrations and repeatable logic.',
  usage: 'status [--json]',
  options: { json: { type: 'boolean' } },
  async run(args) {
    const s = await withDatabase(args, (d) => databaseStatus(d));
    if (args.values.json) {
      console.log(JSON.stringify(s, null, 2));
      return s.pending.length || s.logicPending.length ? 1 : 0;
    }
    console.log(`status: ${describeTarget(args)}`);
    for (const m of s.applied) console.log(`  applied  ${m}`);
    for (const m of s.pending) console.log(`  pending  ${m}`);
    console.log(
      s.logicPending.length
        ? `  logic pending: ${s.logicPending.join(', ')}`
        : '  logic: every item applied and current',
    );
    const ok = s.pending.length === 0 && s.logicPending.length === 0;
    console.log(ok ? 'up to date' : 'pending work: run `touriquest-db migrate`');
    return ok ? 0 : 1;
  },
};
