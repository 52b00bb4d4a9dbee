/**
 * The two doctor checks whose answer depends on who else uses the database and for how long it has: the
 * roles services connect as, and the buffer cache hit ratio.
 */
import { type Database, queryRows, sql } from '@touriquest/core';

interface Check {
  name: string;
  status: 'ok' | 'warn';
  detail: string;
  rows?: Record<string, unknown>[];
}

const describeRole = (r: { name: string; superuser: boolean; owner: boolean; roles: string | null }) =>
  r.superuser
    ? `superuser ${r.name}`
    : r.owner
      ? `${r.name}, a member of the owner touriquest_migrator`
      : `${r.name} (${r.roles ?? 'no touriquest role'})`;

/**
 * Services must not connect as a superuser (bypasses every grant and row policy, can drop the database) nor
 * as a member of the owner touriquest_migrator (can disable guards, is not held to row-level security). The
 * operator running doctor may well be either: so doctor judges the other sessions on this database — what
 * services are actually connected as — and names its own role as information. session_user, not
 * current_user: a login that SET ROLE down can always RESET ROLE. Doctor's own session is
 * pg_backend_pid(): the CLI opens it with a pool of one connection. Without pg_read_all_stats the backend
 * type of another role's session reads null: it is counted as a client when it has a role (background
 * workers such as autovacuum have none).
 */
export async function connectionRoleCheck(database: Database<any>): Promise<Check> {
  if (database.engine === 'pglite')
    // One built-in user serving a single process: nothing to change.
    return { name: 'connection role', status: 'ok', detail: 'embedded: one built-in user' };
  const roleOf = (who: ReturnType<typeof sql>) => sql`r.rolsuper as superuser,
      exists (select 1 from pg_roles m where m.rolname = 'touriquest_migrator' and pg_has_role(${who}, m.oid, 'MEMBER')) as owner,
      (select string_agg(g.rolname, ', ' order by g.rolname) from pg_roles g
        where g.rolname like 'touriquest\\_%' and pg_has_role(${who}, g.oid, 'MEMBER')) as roles`;
  const [self] = await queryRows<{ name: string; superuser: boolean; owner: boolean; roles: string | null }>(
    database.db,
    sql`select session_user::text as name, ${roleOf(sql`session_user`)} from pg_roles r where r.rolname = session_user`,
  );
  const others = await queryRows<{
    name: string;
    superuser: boolean;
    owner: boolean;
    roles: string | null;
    sessions: number;
    applications: string | null;
  }>(
    database.db,
    sql`select r.rolname::text as name, ${roleOf(sql`r.oid`)}, count(*)::int as sessions,
          string_agg(distinct nullif(a.application_name, ''), ', ') as applications
        from pg_stat_activity a join pg_roles r on r.oid = a.usesysid
        where a.datname = current_database() and coalesce(a.backend_type, 'client backend') = 'client backend'
          and a.pid <> pg_backend_pid()
        group by r.oid, r.rolname, r.rolsuper order by r.rolname`,
  );
  const own = self ? `doctor runs as ${describeRole(self)}` : 'doctor runs as an unknown role';
  const listed = (rs: typeof others) =>
    rs
      .map((r) => `${describeRole(r)} ×${r.sessions}${r.applications ? ` [${r.applications}]` : ''}`)
      .join('; ');
  const privileged = others.filter((r) => r.superuser || r.owner);
  const rows = others.map(({ name, superuser, owner, roles, sessions, applications }) => ({
    role: name,
    sessions,
    superuser,
    owner,
    roles,
    applications,
  }));
  if (privileged.length)
    return {
      name: 'connection role',
      status: 'warn',
      detail: `other sessions on this database as a superuser or the owner: ${listed(privileged)}. Connect services as a login in touriquest_app (only the grants they need); keep superusers and the owner for migrations and administration (${own})`,
      rows,
    };
  return {
    name: 'connection role',
    status: 'ok',
    detail: others.length
      ? `other sessions: ${listed(others)}; none a superuser nor the owner (${own})`
      : `no other sessions on this database to judge (${own}); connect services as a login in touriquest_app`,
    rows,
  };
}

/** How much traffic the cache hit ratio needs before it says anything about shared_buffers. */
export interface CacheSample {
  /** Heap and index block reads of the schema's tables (hit + read) since statistics began. */
  minBlocks: number;
  /** Seconds the server has been up: right after a start the cache is cold and every first read a miss. */
  minUptimeSeconds: number;
}
export const defaultCacheSample: CacheSample = { minBlocks: 1_000_000, minUptimeSeconds: 3600 };

/**
 * Below 99 % under steady traffic usually means shared_buffers is smaller than the working set. A database
 * that has only been migrated (or seeded) has read each block about once: its ratio (98 % fresh) means
 * nothing, so the ratio is judged only on a sample of real size.
 */
export async function cacheHitCheck(database: Database<any>, sample: CacheSample): Promise<Check> {
  const [s] = await queryRows<{ hit: string; read: string; uptime: number; since: string; buffers: string }>(
    database.db,
    sql`select coalesce(sum(heap_blks_hit + coalesce(idx_blks_hit, 0)), 0)::bigint as hit,
          coalesce(sum(heap_blks_read + coalesce(idx_blks_read, 0)), 0)::bigint as read,
          extract(epoch from now() - pg_postmaster_start_time())::int as uptime,
          (select coalesce(stats_reset, pg_postmaster_start_time())::text from pg_stat_database
            where datname = current_database()) as since,
          current_setting('shared_buffers') as buffers
        from pg_statio_user_tables`,
  );
  const hit = Number(s?.hit ?? 0);
  const total = hit + Number(s?.read ?? 0);
  const uptime = s?.uptime ?? 0;
  const ratio = total === 0 ? 1 : hit / total;
  const figures = `${(ratio * 100).toFixed(2)} % of ${total} heap and index block reads`;
  if (total < sample.minBlocks || uptime < sample.minUptimeSeconds)
    return {
      name: 'cache hit ratio',
      status: 'ok',
      detail: `not judged yet: ${figures} since ${s?.since ?? 'statistics began'}, server up ${Math.floor(uptime / 60)} min; the ratio means something after ≥ ${sample.minBlocks} reads under steady traffic with the server up ≥ ${Math.round(sample.minUptimeSeconds / 60)} min`,
    };
  return ratio < 0.99
    ? {
        name: 'cache hit ratio',
        status: 'warn',
        detail: `${figures}: below 99 % under steady traffic, shared_buffers (${s?.buffers}) is likely smaller than the working set`,
      }
    : { name: 'cache hit ratio', status: 'ok', detail: figures };
}
