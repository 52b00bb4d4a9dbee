import { migrateDatabase } from '../../migrate';
import { runSeed } from '../../seed';
import type { CommandSpec } from '../args';
import { describeTarget, withDatabase } from '../open';
import { runTour } from '../tour';

export const start: CommandSpec = {
  name: 'start',
  async run(args) {
    console.log(`start: ${describeTarget(args)} (first boot of the embedded database takes ~20 s)`);
    await withDatabase(args, async (d) => {
      const m = await migrateDatabase(d);
      console.log(
        `migrate: ${m.applied.length} migration(s), ${m.logicApplied.length} logic item(s) applied`,
      );
      const s = await runSeed(d, { scale: 'small', seed: 42 });
      const total = Object.values(s.rows).reduce((a, b) => a + b, 0);
      console.log(
        s.seeded ? `seed: ${total} rows (small scale) in ${s.seconds.toFixed(1)} s` : `seed: ${s.reason}`,
      );
      for (const k of s.skipped) console.log(`  skipped ${k}`);
      await runTour(d);
    });
    return 0;
  },
};
