/**
 * `maintain --schedule`: the maintenance SQL jobs go into pg_cron where the server preloads it (the loopback
 * primary of `.ci/replica.sh` does), and come out as crontab lines where it does not (the shared test server).
 */
import { createDb, queryRows, sql } from '@touriquest/core';
import { describeEngines } from '@touriquest/testing';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/index';
import { cronJobs, type ScheduleResult } from '../src/cli/schedule';
import { migrateDatabase } from '../src/migrate';
import { needsClusters, onDatabase, scaleOut, scratchDatabaseOn } from './scale-out';

async function schedule(databaseUrl: string): Promise<ScheduleResult> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.join(' '));
  });
  try {
    expect(await main(['maintain', '--schedule', '--json'])).toBe(0);
    return JSON.parse(lines.join('\n')) as ScheduleResult;
  } catch (err) {
    if (err instanceof CliError) throw new Error(err.message);
    throw err;
  } finally {
    spy.mockRestore();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

describeEngines('the scheduled maintenance jobs', (ctx) => {
  it('each job’s SQL runs on the migrated database', () =>
    ctx.rollback(async (tx) => {
      for (const j of cronJobs) await tx.execute(sql.raw(j.command));
    }));
});

const serverUrl = inject('serverUrl');
describe.skipIf(!serverUrl)('maintain --schedule without pg_cron [postgres: set TEST_DATABASE_URL]', () => {
  it('prints a crontab line for every job and for the nightly full maintain', async () => {
    const r = await schedule(serverUrl!);
    expect(r.pgCron).toBe(false);
    expect(r.reason).toMatch(/pg_cron is not in shared_preload_libraries/);
    for (const j of cronJobs)
      expect(r.crontab.some((l) => l.startsWith(j.schedule) && l.includes(j.command))).toBe(true);
    expect(r.crontab.some((l) => /touriquest-db maintain/.test(l))).toBe(true);
  });
});

const { primaryUrl } = scaleOut;
if (primaryUrl) {
  describe('maintain --schedule with pg_cron (loopback primary)', () => {
    let scratch: Awaited<ReturnType<typeof scratchDatabaseOn>> | undefined;
    afterAll(async () => {
      if (!scratch) return;
      const cron = await createDb({ url: onDatabase(primaryUrl, 'postgres'), poolSize: 1 });
      await queryRows(
        cron.db,
        sql`select cron.unschedule(jobid) from cron.job where jobname like ${`touriquest:${scratch.name}:%`}`,
      );
      await cron.close();
      await scratch.drop();
    });

    it('installs every job in pg_cron, to run in our database, once however often it is run', async () => {
      scratch = await scratchDatabaseOn(primaryUrl, 'cron');
      // The jobs call the schema's functions: maintain refuses to schedule them on an empty database.
      const target = await createDb({ url: scratch.url, poolSize: 1 });
      await migrateDatabase(target);
      await target.close();
      const first = await schedule(scratch.url);
      expect(first.pgCron).toBe(true);
      const expected = cronJobs
        .map((j) => ({
          jobname: `touriquest:${scratch!.name}:${j.name}`,
          schedule: j.schedule,
          command: j.command,
          database: scratch!.name,
        }))
        .sort((a, b) => a.jobname.localeCompare(b.jobname));
      expect(first.jobs).toEqual(expected);
      // The full maintain is still a crontab line: pg_cron runs SQL, not the CLI.
      expect(first.crontab.some((l) => /touriquest-db maintain/.test(l))).toBe(true);
      const again = await schedule(scratch.url);
      expect(again.jobs).toEqual(expected);
    });
  });
} else {
  describe.skip(`maintain --schedule with pg_cron [${needsClusters}]`, () => {});
}
