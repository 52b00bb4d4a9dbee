import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

export interface StandardTriggerSpec {
  table: PgTable;
  /** Row audit into audit_log (default true); high-churn bookkeeping tables skip it. */
  audit?: boolean;
  /** Columns whose values never reach the audit log (secrets, hashes); their names still show as changed. */
  redact?: string[];
  /** Counters kept by triggers: an update that changes only these (and bookkeeping) is not audited. */
  quiet?: string[];
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The standard triggers a table's columns call for, spelled out one statement each so every trigger name is
 * in the repository: `updated_at` → `<t>_touch_trg`, `created_by` → `<t>_stamp_actor_trg`, `deleted_by` →
 * `<t>_soft_delete_trg`, and the three audit triggers (auditTriggersSql) unless audit is off.
 */
export function standardTriggersSql(specs: StandardTriggerSpec[]): string {
  const out: string[] = [];
  for (const spec of specs) {
    const { name: t, columns } = getTableConfig(spec.table);
    // Columns without an explicit name are named by the project's snake_case casing (as drizzle-kit does).
    const has = (c: string) =>
      columns.some((col) => (col.keyAsName ? toSnakeCase(col.name) : col.name) === c);
    const lines: string[] = [`-- ${t}`];
    if (has('updated_at')) {
      lines.push(`create or replace trigger ${t}_touch_trg before update on ${t}
  for each row execute function tq_touch_row();`);
    }
    if (has('created_by')) {
      lines.push(`create or replace trigger ${t}_stamp_actor_trg before insert or update on ${t}
  for each row execute function tq_stamp_actor();`);
    }
    if (has('deleted_by')) {
      lines.push(`create or replace trigger ${t}_soft_delete_trg before update on ${t}
  for each row execute function tq_stamp_soft_delete();`);
    }
    if (spec.audit ?? true)
      lines.push(
        auditTriggersSql(t, [...(spec.redact ?? []), ...(spec.quiet ?? []).map((c) => `quiet:${c}`)]),
      );
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}

/**
 * `<t>_audit_insert_trg`, `_update_trg` and `_delete_trg`: core's tq_audit_rows once per statement over the
 * transition tables (a trigger with transition tables serves one event, hence three). `args` are columns to
 * redact, or `quiet:<column>` for counters whose change alone is not audited (audit.sql).
 */
function auditTriggersSql(t: string, args: string[]): string {
  const list = args.map(quote).join(', ');
  return [
    `create or replace trigger ${t}_audit_insert_trg after insert on ${t}
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows(${list});`,
    `create or replace trigger ${t}_audit_update_trg after update on ${t}
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows(${list});`,
    `create or replace trigger ${t}_audit_delete_trg after delete on ${t}
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows(${list});`,
  ].join('\n');
}
