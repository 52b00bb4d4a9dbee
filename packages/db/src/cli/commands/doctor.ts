import type { CommandSpec } from '../args';
import { intOption } from '../args';
import { runDoctor } from '../doctor';
import { withDatabase } from '../open';
import { bytes, table } from '../print';

export const doctor: CommandSpec = {
  name: 'doctor',
  async run(args) {
    const longQuerySeconds = intOption(args.values['long-query-seconds'], 'long-query-seconds', 300);
    // One connection: the role check judges every other session on the database, so doctor must hold no more.
    const report = await withDatabase(args, (d) => runDoctor(d, { longQuerySeconds }), { poolSize: 1 });
    const failed =
      !report.ok || (args.values.strict === true && report.checks.some((c) => c.status === 'warn'));
    if (args.values.json) {
      console.log(JSON.stringify({ ...report, ok: !failed }, null, 2));
      return failed ? 1 : 0;
    }
    console.log(`doctor: ${report.engine} at ${report.target}`);
    for (const c of report.checks) {
      const mark = c.status === 'ok' ? 'ok  ' : c.status === 'warn' ? 'WARN' : 'FAIL';
      console.log(`[${mark}] ${c.name}: ${c.detail}`);
      if (!c.rows?.length) continue;
      const rows = c.rows
        .slice(0, 15)
        .map((r) =>
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [
              k,
              /bytes|total/.test(k) && typeof v === 'number' ? bytes(v) : v,
            ]),
          ),
        );
      console.log(table(rows));
      if (c.rows.length > 15) console.log(`  … ${c.rows.length - 15} more (--json for all)`);
    }
    console.log(failed ? 'doctor: problems found' : 'doctor: healthy');
    return failed ? 1 : 0;
  },
};
