import { type CommandSpec, intOption } from '../args';
import { runMaintenance } from '../maintain';
import { describeTarget, withDatabase } from '../open';

export const maintain: CommandSpec = {
  name: 'maintain',
  summary: 'Daily jobs: expire holds and sessions, purge soft-deleted rows, partitions, matviews, analyze.',
  usage: 'maintain [--retention-days N] [--session-retention-days N] [--json]',
  options: {
    'retention-days': { type: 'string' },
    'session-retention-days': { type: 'string' },
    json: { type: 'boolean' },
  },
  details: ['Safe to run concurrently: each job holds an advisory lock; a second run skips busy jobs.'],
  async run(args) {
    const softDeleteRetentionDays = intOption(args.values['retention-days'], 'retention-days', 90);
    const sessionRetentionDays = intOption(
      args.values['session-retention-days'],
      'session-retention-days',
      30,
    );
    const results = await withDatabase(args, (d) =>
      runMaintenance(d, { softDeleteRetentionDays, sessionRetentionDays }),
    );
    if (args.values.json) console.log(JSON.stringify(results, null, 2));
    else {
      console.log(`maintain: ${describeTarget(args)}`);
      for (const r of results)
        console.log(`  ${r.job.padEnd(20)} ${r.status === 'skipped' ? '(skipped) ' : ''}${r.detail}`);
    }
    return 0;
  },
};
