/**
 * Point-in-time recovery with PostgreSQL's own tools: `backup --pitr <dir>` takes a verified base backup
 * (pg_basebackup + pg_verifybackup) of a server whose WAL is archived (`archive_command`); `recover` makes a
 * new cluster from it on loopback and replays the archived WAL up to a timestamp, then promotes it. The
 * running server is never touched: recovering into place is a decision for a person, after looking.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDb, queryOne, redactUrl, sql } from '@touriquest/core';
import { CliError, type CommandSpec, intOption, type ParsedArgs } from '../args';
import { target, withDatabase } from '../open';
import { type Manifest, manifest } from '../rowcounts';

/** What `backup --pitr` writes beside the data files: what `recover` needs to know about them. */
interface BaseBackupInfo {
  kind: 'touriquest-base-backup';
  /** The server's clock when pg_basebackup finished: the earliest time this backup can recover to. */
  endedAt: string;
  serverVersionNum: number;
  database: string;
  user: string;
  archiveCommand: string;
  manifest: Manifest;
}
const infoFile = 'touriquest-base-backup.json';

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new CliError(`${cmd} is not available: ${(r.error as Error).message}`);
  if (r.status !== 0) throw new CliError(`${cmd} failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  return r.stdout;
}

/** PostgreSQL's server-side tools (pg_ctl, pg_verifybackup) of `major`: Debian keeps them off PATH. */
function binDir(args: ParsedArgs, major: number): (tool: string) => string {
  const dir = (args.values['bin-dir'] as string | undefined) ?? `/usr/lib/postgresql/${major}/bin`;
  return (tool) => (existsSync(join(dir, tool)) ? join(dir, tool) : tool);
}

const isRoot = () => process.getuid?.() === 0;

/** The server refuses to run as root: as root, run its tools as the postgres user. */
function runAsServerUser(cmd: string, argv: string[]): string {
  if (!isRoot()) return run(cmd, argv);
  const quoted = [cmd, ...argv].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return run('su', ['postgres', '-s', '/bin/sh', '-c', quoted]);
}

function emptyOrMissing(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function takeBaseBackup(args: ParsedArgs, dir: string): Promise<number> {
  const t = target(args);
  if (!t.url)
    throw new CliError(
      'backup --pitr needs a server (DATABASE_URL): the embedded database has no WAL archive',
    );
  const path = resolve(dir);
  if (!emptyOrMissing(path)) throw new CliError(`backup --pitr: ${dir} exists and is not empty`);
  const url = new URL(t.url);
  const password = decodeURIComponent(url.password);
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  url.password = '';
  url.searchParams.delete('pgbouncer');

  const before = await withDatabase(args, async (d) => {
    const s = await queryOne<{
      mode: string;
      command: string;
      version: number;
      db: string;
      user: string;
      failing: boolean;
    }>(
      d.db,
      sql`select current_setting('archive_mode') as mode, current_setting('archive_command') as command,
                 current_setting('server_version_num')::int as version, current_database() as db, current_user as user,
                 coalesce(a.last_failed_time > coalesce(a.last_archived_time, '-infinity'), false) as failing
          from pg_stat_archiver a`,
    );
    if (!s || s.mode === 'off' || !s.command || s.command === '(disabled)') {
      throw new CliError(
        'backup --pitr: WAL archiving is off on this server (archive_mode, archive_command): a base backup alone ' +
          'recovers only to its own end. See docs/scaling-out.md#point-in-time-recovery',
      );
    }
    if (s.failing)
      throw new CliError('backup --pitr: archive_command is failing (pg_stat_archiver): fix archiving first');
    return { ...s, manifest: await manifest(d) };
  });

  const label = `touriquest-${new Date().toISOString()}`;
  // Fast checkpoint: start now rather than at the next scheduled one. WAL streamed so the copy is consistent alone.
  run(
    'pg_basebackup',
    ['-d', url.toString(), '-D', path, '-Fp', '-X', 'stream', '-c', 'fast', '-l', label],
    env,
  );
  const verify = binDir(args, Math.floor(before.version / 10000))('pg_verifybackup');
  run(verify, ['--quiet', path]);
  // After the copy: the archive now holds the WAL up to the backup's end, and recovery can aim at any later time.
  const ended = await withDatabase(args, (d) =>
    queryOne<{ at: string }>(
      d.db,
      sql`select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, pg_switch_wal()`,
    ),
  );
  const info: BaseBackupInfo = {
    kind: 'touriquest-base-backup',
    endedAt: ended!.at,
    serverVersionNum: before.version,
    database: before.db,
    user: before.user,
    archiveCommand: before.command,
    manifest: before.manifest,
  };
  writeFileSync(join(path, infoFile), `${JSON.stringify(info, null, 2)}\n`);
  console.log(`backup: base backup of ${redactUrl(t.url)} in ${path}, verified by pg_verifybackup`);
  console.log(`backup: recoverable to any time after ${info.endedAt} while the WAL archive is kept`);
  return 0;
}

function readInfo(dir: string): BaseBackupInfo {
  const file = join(dir, infoFile);
  if (!existsSync(file))
    throw new CliError(`recover: ${dir} is not a base backup made by \`backup --pitr\` (no ${infoFile})`);
  return JSON.parse(readFileSync(file, 'utf8')) as BaseBackupInfo;
}

function parseTargetTime(v: string | boolean | undefined): string {
  if (typeof v !== 'string' || !v)
    throw new CliError('recover: --target-time is required, e.g. --target-time 2026-12-01T09:30:00Z', 2);
  // A time without a zone would be read in the server's zone: refuse the ambiguity.
  if (!/(Z|[+-]\d\d(:?\d\d)?)$/.test(v.trim()))
    throw new CliError(`recover: --target-time needs a time zone (Z or +hh:mm), got ${JSON.stringify(v)}`, 2);
  const ms = Date.parse(v);
  if (Number.isNaN(ms))
    throw new CliError(`recover: --target-time is not a timestamp: ${JSON.stringify(v)}`, 2);
  // Numeric offset: zone abbreviations such as Z are not loaded yet when the server reads its settings.
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '+00');
}

/** Settings that make the copy a recovering, loopback-only cluster that archives nothing of its own. */
function recoverySettings(o: {
  port: number;
  socketDir: string;
  archive: string;
  targetTime: string;
}): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return [
    '',
    `# touriquest-db recover: point-in-time recovery to ${o.targetTime}`,
    `port = ${o.port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = ${q(o.socketDir)}`,
    // The copy must never write into the production archive (its new timeline would mix with the primary's).
    'archive_mode = off',
    "shared_preload_libraries = ''",
    `restore_command = ${q(`cp "${o.archive}/%f" "%p"`)}`,
    `recovery_target_time = ${q(o.targetTime)}`,
    "recovery_target_action = 'promote'",
    '',
  ].join('\n');
}

/** The first FATAL or PANIC line of the server log: why recovery stopped (e.g. target not reached). */
function fatalLine(logFile: string): string | undefined {
  const lines = (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '').split('\n');
  const i = lines.findIndex(
    (l) => /(FATAL|PANIC):/.test(l) && !/not yet accepting connections|starting up/.test(l),
  );
  if (i < 0) return undefined;
  const strip = (l: string) => l.replace(/^.*?(LOG|FATAL|PANIC):\s*/, '');
  // A bad setting is named on the LOG line just before "configuration file … contains errors".
  const cause = i > 0 && /invalid value/.test(lines[i - 1]!) ? `${strip(lines[i - 1]!)}: ` : '';
  return cause + strip(lines[i]!);
}

function serverRunning(dataDir: string): boolean {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilPromoted(
  url: string,
  dataDir: string,
  logFile: string,
  timeoutMs: number,
): Promise<{ timeline: number }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const d = await createDb({ url, poolSize: 1 });
      try {
        const r = await queryOne<{ recovering: boolean; timeline: number }>(
          d.db,
          sql`select pg_is_in_recovery() as recovering, (select timeline_id from pg_control_checkpoint()) as timeline`,
        );
        if (r && !r.recovering) return { timeline: Number(r.timeline) };
      } finally {
        await d.close();
      }
    } catch {
      // Not accepting connections yet.
    }
    if (!serverRunning(dataDir))
      throw new CliError(
        `recover: the server stopped: ${fatalLine(logFile) ?? 'see the log'} (log: ${logFile})`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new CliError(`recover: not promoted after ${timeoutMs / 1000} s (log: ${logFile})`);
}

export const recover: CommandSpec = {
  name: 'recover',
  async run(args) {
    const src = args.positionals[0];
    if (!src) throw new CliError('recover: name the base backup directory (made by `backup --pitr`)', 2);
    const from = resolve(src);
    const info = readInfo(from);
    const targetTime = parseTargetTime(args.values['target-time']);
    if (Date.parse(targetTime) < Date.parse(info.endedAt)) {
      throw new CliError(
        `recover: this base backup ends at ${info.endedAt}; recover to a later time or use an older base backup`,
      );
    }
    const intoArg = args.values.into;
    if (typeof intoArg !== 'string' || !intoArg)
      throw new CliError('recover: --into <new data directory> is required', 2);
    const into = resolve(intoArg);
    if (!emptyOrMissing(into)) throw new CliError(`recover: ${intoArg} exists and is not empty`);
    const archiveArg = args.values['wal-archive'] ?? process.env.TOURIQUEST_WAL_ARCHIVE;
    if (typeof archiveArg !== 'string' || !archiveArg)
      throw new CliError('recover: --wal-archive <dir> (or TOURIQUEST_WAL_ARCHIVE) is required', 2);
    const archive = resolve(archiveArg);
    accessSync(archive, constants.R_OK);
    const port = intOption(args.values.port, 'port', 5435);
    const tool = binDir(args, Math.floor(info.serverVersionNum / 10000));

    run('cp', ['-a', `${from}/.`, into]);
    // A copy of a standby or of a crashed server would carry these; a recovery must not.
    for (const f of [infoFile, 'standby.signal', 'postmaster.pid', 'postmaster.opts', 'backup_manifest'])
      rmSync(join(into, f), { force: true });
    // Debian keeps postgresql.conf and pg_hba.conf in /etc, outside the data directory that was copied.
    if (!existsSync(join(into, 'postgresql.conf'))) writeFileSync(join(into, 'postgresql.conf'), '');
    if (!existsSync(join(into, 'pg_hba.conf'))) {
      writeFileSync(join(into, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    }
    // postgresql.auto.conf is read last: these settings win over anything the copy brought along.
    const auto = join(into, 'postgresql.auto.conf');
    const previous = existsSync(auto) ? readFileSync(auto, 'utf8') : '';
    writeFileSync(auto, previous + recoverySettings({ port, socketDir: into, archive, targetTime }));
    writeFileSync(join(into, 'recovery.signal'), '');
    if (isRoot()) run('chown', ['-R', 'postgres:postgres', into]);
    run('chmod', ['0700', into]);
    if (args.values['prepare-only']) {
      console.log(
        `recover: ${into} is ready; start it with: pg_ctl -D ${into} -l ${into}/recovery.log start`,
      );
      return 0;
    }

    const logFile = join(into, 'recovery.log');
    try {
      runAsServerUser(tool('pg_ctl'), ['-D', into, '-l', logFile, '-w', '-t', '120', 'start']);
    } catch (err) {
      const why = fatalLine(logFile);
      throw why ? new CliError(`recover: the server stopped: ${why} (log: ${logFile})`) : err;
    }
    const url = `postgres://${encodeURIComponent(info.user)}@127.0.0.1:${port}/${encodeURIComponent(info.database)}`;
    const { timeline } = await waitUntilPromoted(url, into, logFile, 120_000);
    const recovered = await createDb({ url, poolSize: 1 });
    try {
      const m = await manifest(recovered);
      if (m.migrations.join() !== info.manifest.migrations.join())
        throw new CliError(
          `recover verification failed: the backup had ${info.manifest.migrations.length} migrations, the recovered database ${m.migrations.length}`,
        );
    } finally {
      await recovered.close();
    }
    console.log(`recover: ${into} recovered to ${targetTime} and promoted (timeline ${timeline})`);
    console.log(`recover: ${redactUrl(url)} — stop it with: pg_ctl -D ${into} stop`);
    return 0;
  },
};
