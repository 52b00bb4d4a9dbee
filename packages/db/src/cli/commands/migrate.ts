import { databaseStatus, migrateDatabase } from '../../migrate';
import { pushDatabase } from '../../push';
import type { CommandSpec } from '../args';
import { describeTarget, withDatabase } from '../open';

export const migrate: CommandSpec = {
  name: 'migrate',
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
