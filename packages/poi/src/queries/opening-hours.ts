import { type Db, queryOne } from '@touriquest/core';
import { sql } from 'drizzle-orm';

/** Is the POI open at `at`, in its own time zone? (tq_poi_is_open: special dates, overnight hours.) */
export async function isPoiOpen(db: Db, poiId: string, at: Date): Promise<boolean> {
  const row = await queryOne<{ open: boolean }>(
    db,
    sql`select tq_poi_is_open(${poiId}::uuid, ${at.toISOString()}::timestamptz) as open`,
  );
  return row?.open === true;
}
