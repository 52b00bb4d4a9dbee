import { decodeCursor, encodeCursor, type Page } from '@touriquest/core';

// Keyset pages over (timestamp, uuid). Our own rather than core's paginate(): the cursor's timestamp is
// sent as ISO text with a cast, which postgres.js accepts inside raw row comparisons (a Date is refused).

export const pageSize = (limit: number | undefined) => Math.min(Math.max(limit ?? 20, 1), 100);

export function after(cursor: string | null | undefined): [Date, string] | null {
  if (!cursor) return null;
  const [at, id] = decodeCursor(cursor);
  if (!(at instanceof Date) || typeof id !== 'string') throw new RangeError('invalid pagination cursor');
  return [at, id];
}

export function pageBy<T>(rows: T[], limit: number, key: (row: T) => [Date, string]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
