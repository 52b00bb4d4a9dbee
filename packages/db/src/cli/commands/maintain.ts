import { type CommandSpec, intOption } from '../args';
import { runMaintenance } from '../maintain';
import { describeTarget, withDatabase } from '../open';
import { scheduleMaintenance } from '../schedule';

export const maintain: CommandSpec = {
  name: 'maintain',
  async run(args) {
    if (args.values.schedule) {
      const r = await withDatabase(args, (d) => scheduleMaintenance(d, d.url), { requireSchema: true });
      if (args.values.json) console.log(JSON.stringify(r, null, 2));
      else {
        if (r.pgCron) {
          console.log(`maintain: scheduled in pg_cron on ${describeTarget(args)}:`);
          for (const j of r.jobs)
            console.log(`  ${j.jobname.padEnd(44)} ${j.schedule.padEnd(11)} ${j.command}`);
        } else console.log(`maintain: ${r.reason}; schedule these with cron instead:`);
        console.log(r.crontab.join('\n'));
      }
      return 0;
    }
    const softDeleteRetentionDays = intOption(args.values['retention-days'], 'retention-days', 90);
    const sessionRetentionDays = intOption(
      args.values['session-retention-days'],
      'session-retention-days',
      30,
    );
    const results = await withDatabase(
      args,
      (d) => runMaintenance(d, { softDeleteRetentionDays, sessionRetentionDays }),
      { requireSchema: true },
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
