import { type Db, type Page, preparedQuery } from '@touriquest/core';
import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Notification, notifications } from '../schema/notifications';
import { after, pageBy, pageSize } from './keyset';

/** Unread notifications of a user, answered from `notifications_user_unread_idx` alone. */
export async function unreadNotificationCount(db: Db, userId: string): Promise<number> {
  // Prepared: a badge count is asked for on every page view.
  const query = preparedQuery(db, 'social_unread_notification_count', (d) =>
    d
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt)))
      .prepare('social_unread_notification_count'),
  );
  const [row] = await query.execute({ userId });
  return row?.n ?? 0;
}

/** The query behind `unreadNotificationCount` (exported so its plan can be checked). */
export function unreadNotificationCountSql(userId: string): SQL {
  return sql`select count(*)::int as n from ${notifications} where ${notifications.userId} = ${userId} and ${notifications.readAt} is null`;
}

/** A user's newest notifications (`notifications_user_created_idx`), keyset-paginated on (created_at, id). */
export async function listNotifications(
  db: Db,
  userId: string,
  opts: { cursor?: string | null; limit?: number; unreadOnly?: boolean } = {},
): Promise<Page<Notification>> {
  const limit = pageSize(opts.limit);
  const rows = await notificationsQuery(db, userId, opts);
  return pageBy(rows, limit, (n) => [n.createdAt, n.id]);
}

/** The query behind `listNotifications` (exported so its plan can be checked). */
export function notificationsQuery(
  db: Db,
  userId: string,
  opts: { cursor?: string | null; limit?: number; unreadOnly?: boolean } = {},
) {
  const cursor = after(opts.cursor);
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        opts.unreadOnly ? isNull(notifications.readAt) : undefined,
        cursor
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${cursor[0].toISOString()}::timestamptz, ${cursor[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize(opts.limit) + 1);
}

/** Mark some (or all) of a user's unread notifications read; returns how many changed. */
export async function markNotificationsRead(db: Db, userId: string, ids?: string[]): Promise<number> {
  if (ids && ids.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
