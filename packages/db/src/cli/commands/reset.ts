import { existsSync, rmSync } from 'node:fs';
import { rawTransaction, redactUrl } from '@touriquest/core';
import { migrateDatabase } from '../../migrate';
import { CliError, type CommandSpec } from '../args';
import { target, withDatabase } from '../open';

export const reset: CommandSpec = {
  name: 'reset',
  async run(args) {
    const t = target(args);
    if (t.url) {
      if (!args.values.force)
        throw new CliError(`refusing to reset the server ${redactUrl(t.url)} without --force`);
      await withDatabase(args, async (d) => {
        await rawTransaction(d, (s) =>
          s.exec(`drop schema if exists partitions cascade; drop schema if exists drizzle cascade;
                  drop schema if exists public cascade; create schema public;`),
        );
        await migrateDatabase(d);
      });
      console.log(`reset: ${redactUrl(t.url)} rebuilt from the migrations`);
      return 0;
    }
    if (existsSync(t.dataDir)) rmSync(t.dataDir, { recursive: true, force: true });
    const report = await withDatabase(args, (d) => migrateDatabase(d));
    console.log(
      `reset: ${t.dataDir} rebuilt (${report.applied.length} migrations, ${report.logicApplied.length} logic items)`,
    );
    return 0;
  },
};
