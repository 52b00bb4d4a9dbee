import type { Db } from '@touriquest/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { userBehaviorEvents } from '../schema';
import {
  type AdminAuditLogEntry,
  adminAuditLog,
  type NewAdminAuditLogEntry,
} from '../schema/admin-audit-log';
import type { NewUserBehaviorEvent } from '../schema/user-behavior-events';

/** Record what an administrator did (append-only). */
export async function recordAdminAction(
  db: Db,
  entry: Omit<NewAdminAuditLogEntry, 'id'>,
): Promise<AdminAuditLogEntry> {
  const [row] = await db.insert(adminAuditLog).values(entry).returning();
  return row!;
}

/** What was done to one target, newest first (`admin_audit_log_target_occurred_idx`). */
export function adminActionsOn(db: Db, targetType: string, targetId: string | null, limit = 100) {
  return db
    .select()
    .from(adminAuditLog)
    .where(
      and(
        eq(adminAuditLog.targetType, targetType),
        targetId === null ? isNull(adminAuditLog.targetId) : eq(adminAuditLog.targetId, targetId),
      ),
    )
    .orderBy(desc(adminAuditLog.occurredAt))
    .limit(limit);
}

/** Record behaviour events in one insert (routed to their monthly partitions). */
export async function trackEvents(db: Db, events: Omit<NewUserBehaviorEvent, 'id'>[]): Promise<number> {
  if (events.length === 0) return 0;
  const rows = await db.insert(userBehaviorEvents).values(events).returning({ id: userBehaviorEvents.id });
  return rows.length;
}

/** Erase a user's behaviour events (a data-subject request); returns how many went. */
export async function eraseUserEvents(db: Db, userId: string): Promise<number> {
  const rows = await db
    .delete(userBehaviorEvents)
    .where(eq(userBehaviorEvents.userId, userId))
    .returning({ id: userBehaviorEvents.id });
  return rows.length;
}
