/**
 * Scheduling the maintenance: with pg_cron (Debian `postgresql-15-cron`, preloaded by the server) the SQL
 * jobs run inside PostgreSQL and survive a service being down; without it, the same jobs as crontab lines.
 * The full `touriquest-db maintain` (purge of soft-deleted rows, materialized views, analyze) stays a nightly
 * crontab line in both cases: it is TypeScript, and pg_cron runs SQL only.
 */
import { createDb, type Database, queryOne, queryRows, sql } from '@touriquest/core';

export interface CronJob {
  /** pg_cron job name suffix: the job is `touriquest:<database>:<name>`. */
  name: string;
  schedule: string;
  command: string;
  why: string;
}

export const cronJobs: CronJob[] = [
  {
    name: 'booking-holds',
    schedule: '* * * * *',
    command: 'select tq_expire_booking_holds()',
    why: 'a pending hold frees its dates within a minute of expiring',
  },
  {
    name: 'partitions',
    schedule: '17 3 * * *',
    command: 'select * from tq_maintain_partitions()',
    why: 'months made ahead, months past retention dropped (partition_policies)',
  },
  {
    name: 'sessions',
    schedule: '23 3 * * *',
    command: 'select tq_expire_sessions()',
    why: 'lapsed sessions revoked',
  },
];

/** The crontab lines for a server without pg_cron (and the nightly full maintain, which needs both). */
function crontabLines(database: string): string[] {
  const psql = (c: string) => `psql "$DATABASE_URL" -qAt -c '${c}'`;
  return [
    `# touriquest maintenance for database ${database} (DATABASE_URL set in the crontab's environment)`,
    ...cronJobs.map((j) => `${j.schedule.padEnd(11)} ${psql(j.command)}   # ${j.why}`),
    `${'41 3 * * *'.padEnd(11)} touriquest-db maintain   # everything, incl. purge of soft-deleted rows, matviews, analyze`,
  ];
}

export interface ScheduleResult {
  pgCron: boolean;
  /** Why pg_cron was not used, when it was not. */
  reason?: string;
  jobs: { jobname: string; schedule: string; command: string; database: string }[];
  crontab: string[];
}

/**
 * Install (or update, by job name) the jobs in pg_cron when the server preloads it, else return the crontab
 * lines. pg_cron lives in one database per server (`cron.database_name`) and runs each job in ours.
 */
export async function scheduleMaintenance(
  database: Database<any>,
  url: string | undefined,
): Promise<ScheduleResult> {
  if (database.engine !== 'postgres' || !url) {
    return {
      pgCron: false,
      reason: 'the embedded database has no scheduler',
      jobs: [],
      crontab: crontabLines('embedded'),
    };
  }
  const s = await queryOne<{ db: string; preload: string; cron_db: string | null }>(
    database.db,
    sql`select current_database() as db, current_setting('shared_preload_libraries') as preload,
               current_setting('cron.database_name', true) as cron_db`,
  );
  const crontab = crontabLines(s!.db);
  if (
    !s!.preload
      .split(',')
      .map((x) => x.trim())
      .includes('pg_cron')
  ) {
    return {
      pgCron: false,
      reason: 'pg_cron is not in shared_preload_libraries on this server',
      jobs: [],
      crontab,
    };
  }
  const u = new URL(url);
  u.pathname = `/${s!.cron_db || 'postgres'}`;
  const cron = await createDb({ url: u.toString(), poolSize: 1 });
  try {
    // The extension belongs to the server's scheduler database, not to ours: no migration owns it.
    await queryRows(cron.db, sql`create extension if not exists pg_cron`);
    for (const j of cronJobs) {
      await queryRows(
        cron.db,
        sql`select cron.schedule_in_database(${`touriquest:${s!.db}:${j.name}`}, ${j.schedule}, ${j.command}, ${s!.db})`,
      );
    }
    const jobs = await queryRows<ScheduleResult['jobs'][number]>(
      cron.db,
      sql`select jobname, schedule, command, database from cron.job
          where jobname like ${`touriquest:${s!.db}:%`} order by jobname`,
    );
    return { pgCron: true, jobs, crontab: crontab.filter((l) => /maintain|^#/.test(l)) };
  } finally {
    await cron.close();
  }
}
