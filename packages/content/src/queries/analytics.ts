import { type Db, queryOne } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import type { contentEventKinds } from '../constants';
import type { EntityRef } from './versions';

export type ContentEventKind = (typeof contentEventKinds)[number];

const counterColumn: Record<ContentEventKind, string> = {
  view: 'views',
  click: 'clicks',
  share: 'shares',
  booking: 'bookings',
};

/**
 * Counts `count` events of one kind for an entity on a day (UTC today by default) in one atomic upsert,
 * so concurrent recorders never lose an increment. Returns the day's counters after the increment.
 */
export async function recordContentEvent(
  db: Db,
  entity: EntityRef,
  kind: ContentEventKind,
  opts: { day?: string; count?: number } = {},
) {
  const count = opts.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const col = sql.raw(counterColumn[kind]);
  const day = opts.day ?? new Date().toISOString().slice(0, 10);
  return queryOne<{ views: number; clicks: number; shares: number; bookings: number }>(
    db,
    sql`insert into content_analytics as a (entity_type, entity_id, day, ${col})
        values (${entity.type}::content_entity_type, ${entity.id}::uuid, ${day}::date, ${count})
        on conflict (entity_type, entity_id, day) do update set ${col} = a.${col} + excluded.${col}
        returning views, clicks, shares, bookings`,
  );
}
