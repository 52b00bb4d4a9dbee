import type { Db } from '@touriquest/core';
import { sql } from 'drizzle-orm';

/** Maintenance: expire pending bookings whose hold has lapsed; returns how many. */
export async function expireBookingHolds(db: Db): Promise<number> {
  const r = (await db.execute(sql`select tq_expire_booking_holds() as n`)) as unknown;
  const rows = Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows;
  return Number((rows[0] as { n: number }).n);
}

/** Maintenance: refresh `host_performance` without blocking readers. */
export async function refreshHostPerformance(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view concurrently host_performance`);
}
