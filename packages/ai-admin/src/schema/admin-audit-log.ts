import { jsonSizeCheck, limits, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, inet, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * What administrators did, append-only (UPDATE, DELETE and TRUNCATE are refused by core's
 * `tq_make_append_only`). The admin reference has no ON DELETE action: an admin who acted is soft-deleted,
 * never erased, or the trail would lose its author.
 */
export const adminAuditLog = pgTable(
  'admin_audit_log',
  {
    id: uuid().primaryKey().default(sql`uuid_generate_v7()`),
    adminId: uuid()
      .notNull()
      .references(() => users.id),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    changes: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    reason: text(),
    ip: inet(),
    userAgent: text(),
    requestId: text(),
    occurredAt: timestamptz().notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    jsonSizeCheck('admin_audit_log', 'changes', t.changes, limits.largeJsonBytes),
    index('admin_audit_log_admin_occurred_idx').on(t.adminId, t.occurredAt),
    index('admin_audit_log_target_occurred_idx').on(t.targetType, t.targetId, t.occurredAt),
    check('admin_audit_log_action_format_check', sql`${t.action} ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'`),
    check('admin_audit_log_target_check', sql`${t.targetId} is null or ${t.targetType} is not null`),
    check('admin_audit_log_changes_object_check', sql`jsonb_typeof(${t.changes}) = 'object'`),
  ],
);

export type AdminAuditLogEntry = typeof adminAuditLog.$inferSelect;
export type NewAdminAuditLogEntry = typeof adminAuditLog.$inferInsert;

export const adminAuditLogRelations = relations(adminAuditLog, ({ one }) => ({
  admin: one(users, { fields: [adminAuditLog.adminId], references: [users.id] }),
}));
