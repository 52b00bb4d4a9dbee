/** The health checks a DBA runs first, as data (the command prints them; tests and monitoring read JSON). */
import { checkHealth, type Database, queryRows, sql } from '@touriquest/core';
import { databaseStatus } from '../migrate';
import { type CacheSample, cacheHitCheck, connectionRoleCheck, defaultCacheSample } from './doctor-checks';

type CheckStatus = 'ok' | 'warn' | 'fail';
interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
  rows?: Record<string, unknown>[];
}
export interface DoctorReport {
  ok: boolean;
  engine: string;
  target: string;
  serverVersion: string;
  checks: Check[];
}

const userTables = sql`c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
  and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;

/**
 * Referenced tables whose foreign keys need no index on the referencing side (splinter 0001), and why. Every
 * other foreign key has one: a delete of its parent would scan the child table.
 */
export const unindexedForeignKeyParents: Record<string, string> = {
  currencies:
    'reference rows that are never deleted (a currency is retired, not removed; deleting one that is used is refused): an index on every currency column would cost every write for no lookup',
};

export async function runDoctor(
  database: Database<any>,
  opts: { longQuerySeconds?: number; cacheSample?: CacheSample } = {},
): Promise<DoctorReport> {
  const db = database.db;
  const checks: Check[] = [];
  const health = await checkHealth(database);
  checks.push({
    name: 'connection',
    status: 'ok',
    detail: `${database.engine} ${health.serverVersion}, round trip ${health.latencyMs} ms`,
  });
  checks.push(await connectionRoleCheck(database));
  checks.push({
    name: 'extensions',
    status: health.missingExtensions.length ? 'fail' : 'ok',
    detail: health.missingExtensions.length
      ? `missing: ${health.missingExtensions.join(', ')}`
      : Object.entries(health.extensions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
  });

  const migrations = await databaseStatus(database);
  if (migrations.builtBy === 'empty') {
    checks.push({
      name: 'migrations',
      status: 'fail',
      detail: `no TouriQuest schema yet (${migrations.pending.length} migrations pending): run \`touriquest-db migrate\` (or \`touriquest-db push\` for a prototype)`,
    });
  } else if (migrations.builtBy === 'push') {
    checks.push({
      name: 'migrations',
      status: 'warn',
      detail: `built by push (last ${migrations.pushedAt ?? 'unknown'}): a prototype database; keep it current with push, deploy with migrate on a fresh one`,
    });
  } else {
    const pending = [
      ...migrations.pending.map((m) => {
        const f = migrations.failed.find((x) => x.tag === m);
        return f ? `${m} (failed: ${f.error})` : m;
      }),
      ...migrations.logicPending.map((l) => `logic ${l}`),
    ];
    checks.push({
      name: 'migrations',
      status: pending.length ? 'fail' : 'ok',
      detail: pending.length
        ? `${pending.length} pending: ${pending.join(', ')}`
        : `${migrations.applied.length} applied, logic current`,
    });
  }

  const sizes = await queryRows<{
    table: string;
    total: string;
    table_bytes: string;
    index_bytes: string;
    rows: string;
  }>(
    db,
    sql`select c.relname as "table", pg_total_relation_size(c.oid)::bigint as total,
          pg_table_size(c.oid)::bigint as table_bytes, pg_indexes_size(c.oid)::bigint as index_bytes,
          greatest(c.reltuples, 0)::bigint as rows
        from pg_class c where ${userTables} and c.relkind = 'r'
        order by pg_total_relation_size(c.oid) desc, c.relname limit 15`,
  );
  checks.push({
    name: 'table sizes',
    status: 'ok',
    detail: `largest ${sizes.length} tables (estimated rows)`,
    rows: sizes.map((r) => ({
      ...r,
      total: Number(r.total),
      table_bytes: Number(r.table_bytes),
      index_bytes: Number(r.index_bytes),
      rows: Number(r.rows),
    })),
  });

  const noPk = await queryRows<{ table: string }>(
    db,
    sql`select c.relname as "table" from pg_class c where ${userTables}
        and not exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'p') order by 1`,
  );
  checks.push({
    name: 'tables without a primary key',
    status: noPk.length ? 'fail' : 'ok',
    detail: noPk.length ? noPk.map((r) => r.table).join(', ') : 'none',
  });

  const dup = await queryRows<{ table: string; indexes: string }>(
    db,
    sql`select i.indrelid::regclass::text as "table", string_agg(i.indexrelid::regclass::text, ' = ' order by i.indexrelid::regclass::text) as indexes
        from pg_index i join pg_class c on c.oid = i.indrelid
        where ${userTables}
        group by i.indrelid, i.indkey::text, i.indclass::text, coalesce(pg_get_expr(i.indexprs, i.indrelid), ''),
                 coalesce(pg_get_expr(i.indpred, i.indrelid), ''), (select relam from pg_class where oid = i.indexrelid)
        having count(*) > 1 order by 1`,
  );
  checks.push({
    name: 'duplicate indexes',
    status: dup.length ? 'fail' : 'ok',
    detail: dup.length ? `${dup.length} set(s) of identical indexes` : 'none',
    rows: dup,
  });

  // A foreign key whose columns do not lead some index makes every parent delete scan the child table.
  // Parents whose rows are never deleted are exempt, each with its reason (unindexedForeignKeyParents).
  const exempt = Object.keys(unindexedForeignKeyParents);
  const unindexedFk = await queryRows<{ table: string; constraint: string; columns: string }>(
    db,
    sql`select k.conrelid::regclass::text as "table", k.conname as "constraint",
          (select string_agg(a.attname, ', ' order by x.n) from unnest(k.conkey) with ordinality x(attnum, n)
             join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.attnum) as columns
        from pg_constraint k join pg_class c on c.oid = k.conrelid
        where k.contype = 'f' and ${userTables} and not (k.confrelid::regclass::text = any(string_to_array(${exempt.join(',')}, ',')))
          and not exists (
            select 1 from pg_index i where i.indrelid = k.conrelid
              and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] @> k.conkey
              and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] <@ k.conkey)
        order by 1, 2`,
  );
  checks.push({
    name: 'foreign keys without a supporting index',
    status: unindexedFk.length ? 'warn' : 'ok',
    detail: unindexedFk.length ? `${unindexedFk.length} foreign key(s)` : 'none',
    rows: unindexedFk,
  });

  const unused = await queryRows<{ table: string; index: string; bytes: string }>(
    db,
    sql`select s.relname as "table", s.indexrelname as "index", pg_relation_size(s.indexrelid)::bigint as bytes
        from pg_stat_user_indexes s join pg_index i on i.indexrelid = s.indexrelid
        where s.schemaname = 'public' and s.idx_scan = 0 and not i.indisunique and not i.indisprimary
          and not exists (select 1 from pg_constraint k where k.conindid = s.indexrelid)
        order by pg_relation_size(s.indexrelid) desc, 2 limit 50`,
  );
  const statsSince = await queryRows<{ reset: string | null }>(
    db,
    sql`select coalesce(stats_reset, pg_postmaster_start_time())::text as reset from pg_stat_database where datname = current_database()`,
  );
  checks.push({
    name: 'unused indexes',
    // Zero scans only means something on a database that has served traffic; report, do not fail.
    status: 'ok',
    detail: `${unused.length} non-unique index(es) never scanned since ${statsSince[0]?.reset ?? 'statistics reset'}`,
    rows: unused.map((r) => ({ ...r, bytes: Number(r.bytes) })),
  });

  const threshold = opts.longQuerySeconds ?? 300;
  const long = await queryRows<{ pid: number; seconds: string; state: string; query: string }>(
    db,
    sql`select pid, extract(epoch from now() - query_start)::int as seconds, state, left(query, 120) as query
        from pg_stat_activity
        where state <> 'idle' and pid <> pg_backend_pid() and query_start < now() - make_interval(secs => ${threshold})
        order by query_start`,
  );
  checks.push({
    name: 'long-running queries',
    status: long.length ? 'warn' : 'ok',
    detail: long.length ? `${long.length} running longer than ${threshold} s` : `none over ${threshold} s`,
    rows: long,
  });

  checks.push(await cacheHitCheck(database, opts.cacheSample ?? defaultCacheSample));

  return {
    ok: !checks.some((c) => c.status === 'fail'),
    engine: database.engine,
    target: database.target,
    serverVersion: health.serverVersion,
    checks,
  };
}
