import { type Db, type Page, paginate, queryOne } from '@touriquest/core';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Notification, notifications } from './schema/notifications';

/** Unread notifications of a user, answered from `notifications_user_unread_idx` alone. */
export async function unreadNotificationCount(db: Db, userId: string): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${notifications} where ${notifications.userId} = ${userId} and ${notifications.readAt} is null`,
  );
  return row?.n ?? 0;
}

/** A user's newest notifications (`notifications_user_created_idx`), keyset-paginated. */
export async function listNotifications(
  db: Db,
  userId: string,
  opts: { cursor?: string | null; limit?: number; unreadOnly?: boolean } = {},
): Promise<Page<Notification>> {
  return paginate<Notification>(db, {
    table: notifications,
    keys: [notifications.createdAt, notifications.id],
    direction: 'desc',
    where: and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined),
    cursor: opts.cursor,
    limit: opts.limit,
  });
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
