import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { preparedQuery } from '../prepared';
import { auditLog } from '../schema/audit-log';

/**
 * The audit history of one record, newest first (index `audit_log_table_record_occurred_idx`, one probe per
 * monthly partition). A prepared statement: a support screen calls it for every record it shows.
 */
export async function auditHistory(db: Db, tableName: string, recordId: string, limit = 100) {
  const query = preparedQuery(db, 'core_audit_history', (d) =>
    d
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tableName, sql.placeholder('tableName')),
          eq(auditLog.recordId, sql.placeholder('recordId')),
        ),
      )
      .orderBy(desc(auditLog.occurredAt))
      .limit(sql.placeholder('limit'))
      .prepare('core_audit_history'),
  );
  return query.execute({ tableName, recordId, limit });
}
