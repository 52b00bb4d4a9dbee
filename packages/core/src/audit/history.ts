import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema/audit-log';

/** The audit history of one record, newest first (index `audit_log_table_record_occurred_idx`). */
export async function auditHistory(db: Db, tableName: string, recordId: string, limit = 100) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tableName, tableName), eq(auditLog.recordId, recordId)))
    .orderBy(desc(auditLog.occurredAt))
    .limit(limit);
}
