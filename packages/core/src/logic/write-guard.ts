import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

export interface WriteGuardSpec {
  table: PgTable;
  /** The derived columns (snake_case), e.g. `['rating_count', 'rating_sum', 'rating_avg']`. */
  derived: string[];
  /** What keeps them, for the comment: e.g. `published reviews`. */
  source: string;
  /** Guard updates only: the table's own BEFORE INSERT trigger computes the starting values. */
  updateOnly?: boolean;
}

/**
 * Derived values (seats, ratings, counters, captured money) are the database's alone. One behaviour on every
 * table that has them: a direct write is overwritten — an INSERT from a service starts them at 0 and a direct
 * UPDATE keeps the stored value, whatever the statement said; only the database's own triggers (nested,
 * pg_trigger_depth() > 1) and the table's owner (touriquest_migrator: deploys and repairs; it could disable the
 * trigger anyway) move them. When only derived columns moved, the row was not edited: its edit stamps
 * (updated_at, updated_by) stay as they were.
 *
 * One function per table (`<t>_write_guard`), with the columns spelled out: a generic guard has to go
 * through to_jsonb(old) and to_jsonb(new), and PostGIS's geometry→jsonb cast alone costs ~110 µs a row, on
 * every update of every listing. Generated columns are still null in a BEFORE trigger, so the comparison
 * takes them from the old row.
 */
export function writeGuardSql(specs: WriteGuardSpec[]): string {
  return specs.map(writeGuardFor).join('\n');
}

function writeGuardFor({ table, derived, source, updateOnly }: WriteGuardSpec): string {
  const { name: t, columns } = getTableConfig(table);
  const names = columns.map((c) => ({
    name: c.keyAsName ? toSnakeCase(c.name) : c.name,
    generated: c.generated !== undefined,
  }));
  const has = (n: string) => names.some((c) => c.name === n);
  for (const d of derived) {
    if (!has(d)) throw new Error(`writeGuardSql: ${t} has no column ${d}`);
  }
  const stamps = ['updated_at', 'updated_by'].filter(has);
  const generated = names.filter((c) => c.generated).map((c) => c.name);
  const assign = (target: string, from: string, cols: string[]) =>
    cols.map((c) => `${target}.${c} := ${from}.${c};`).join(' ');
  return `
-- ${t}: ${derived.join(', ')} are derived from ${source}.
create or replace function ${t}_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe ${t};
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (${derived.map((c) => `new.${c} is distinct from 0`).join(' or ')})
       and not tq_is_table_owner(tg_relid) then
      ${derived.map((c) => `new.${c} := 0;`).join(' ')}
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (${derived.map((c) => `new.${c} is distinct from old.${c}`).join(' or ')})
     and not tq_is_table_owner(tg_relid) then
    ${assign('new', 'old', derived)}
  end if;${
    stamps.length
      ? `
  v_probe := new;
  ${assign('v_probe', 'old', [...derived, ...stamps, ...generated])}
  if v_probe is not distinct from old then
    ${assign('new', 'old', stamps)}
  end if;`
      : ''
  }
  return new;
end $$;

create or replace trigger ${t}_write_guard_trg before ${updateOnly ? 'update' : 'insert or update'} on ${t}
  for each row execute function ${t}_write_guard();
`;
}
