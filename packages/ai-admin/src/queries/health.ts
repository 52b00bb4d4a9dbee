import type { Db } from '@touriquest/core';
import { and, asc, desc, gte, lte, sql } from 'drizzle-orm';
import { systemHealthChecks } from '../schema';
import type { NewSystemHealthCheck, SystemHealthCheck } from '../schema/system-health-checks';

export async function recordHealthCheck(
  db: Db,
  check: Omit<NewSystemHealthCheck, 'id'>,
): Promise<SystemHealthCheck> {
  const [row] = await db.insert(systemHealthChecks).values(check).returning();
  return row!;
}

/**
 * The latest check of every component seen in the window (default: the last day), one row each:
 * `distinct on (component)` walking `system_health_checks_component_checked_idx`; the window keeps the
 * scan to the newest monthly partitions.
 */
export function latestHealthQuery(db: Db, opts: { since?: Date; until?: Date } = {}) {
  const since = opts.since ?? new Date(Date.now() - 24 * 3600 * 1000);
  // Bounded above as well (an hour of clock skew allowed), so the months made ahead are pruned too.
  const until = opts.until ?? new Date(Date.now() + 3600 * 1000);
  return db
    .selectDistinctOn([systemHealthChecks.component])
    .from(systemHealthChecks)
    .where(
      and(
        gte(systemHealthChecks.checkedAt, sql`${since.toISOString()}::timestamptz`),
        lte(systemHealthChecks.checkedAt, sql`${until.toISOString()}::timestamptz`),
      ),
    )
    .orderBy(asc(systemHealthChecks.component), desc(systemHealthChecks.checkedAt));
}

export async function latestHealthStatus(
  db: Db,
  opts: { since?: Date; until?: Date } = {},
): Promise<SystemHealthCheck[]> {
  return latestHealthQuery(db, opts);
}
