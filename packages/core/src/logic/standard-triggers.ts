import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

export interface StandardTriggerSpec {
  table: PgTable;
  /** Row audit into audit_log (default true); high-churn bookkeeping tables skip it. */
  audit?: boolean;
  /** Columns whose values never reach the audit log (secrets, hashes); their names still show as changed. */
  redact?: string[];
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The standard triggers a table's columns call for, spelled out one statement each so every trigger name is
 * in the repository: `updated_at` → `<t>_touch_trg`, `created_by` → `<t>_stamp_actor_trg`, `deleted_by` →
 * `<t>_soft_delete_trg`, and `<t>_audit_trg` unless audit is off.
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
    if (spec.audit ?? true) {
      const args = (spec.redact ?? []).map(quote).join(', ');
      lines.push(`create or replace trigger ${t}_audit_trg after insert or update or delete on ${t}
  for each row execute function tq_audit_row(${args});`);
    }
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}
