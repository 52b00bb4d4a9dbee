import { sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../columns-base';

export const auditActions = ['insert', 'update', 'delete', 'soft_delete', 'restore'] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * The append-only audit trail, range-partitioned by month on `occurred_at`. drizzle-kit cannot express
 * partitioning, so migration 0004 creates it and drizzle.config.ts keeps this file out of the kit's view;
 * `partitioned-tables.test.ts` checks this definition against the migrated table.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().notNull().default(sql`uuid_generate_v7()`),
    occurredAt: timestamptz().notNull().default(sql`clock_timestamp()`),
    tableName: text().notNull(),
    recordId: uuid().notNull(),
    action: text().$type<AuditAction>().notNull(),
    oldData: jsonb().$type<Record<string, unknown>>(),
    newData: jsonb().$type<Record<string, unknown>>(),
    changedFields: text().array(),
    actorId: uuid(),
    requestId: text(),
    transactionId: bigint({ mode: 'number' }).notNull().default(sql`txid_current()`),
  },
  (t) => [primaryKey({ name: 'audit_log_pkey', columns: [t.id, t.occurredAt] })],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
