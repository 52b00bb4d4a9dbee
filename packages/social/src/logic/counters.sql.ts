/**
 * Counters owned by triggers. A table whose counters are kept elsewhere gets a "write guard": inserts start
 * the counters at zero, a direct UPDATE cannot move them, and an update made by a counter trigger leaves
 * updated_at/updated_by alone and is not audited (a like is not an edit of the post).
 */
export const counterGuardFunctions = `
create or replace function social_counter_write_guard() returns trigger
language plpgsql as $$
declare
  v_patch jsonb := '{}';
  v_col text;
  -- Generated columns are still null in a BEFORE trigger: leave them out of the comparison.
  v_rest text[] := tg_argv::text[] || array['updated_at', 'updated_by', 'search_vector'];
begin
  if tg_op = 'INSERT' then
    foreach v_col in array tg_argv loop
      v_patch := v_patch || jsonb_build_object(v_col, 0);
    end loop;
    return jsonb_populate_record(new, v_patch);
  end if;
  if pg_trigger_depth() <= 1 then
    -- A direct UPDATE: counters keep their value, whatever the statement said.
    foreach v_col in array tg_argv loop
      v_patch := v_patch || jsonb_build_object(v_col, to_jsonb(old) -> v_col);
    end loop;
    new := jsonb_populate_record(new, v_patch);
  end if;
  if to_jsonb(old) - v_rest = to_jsonb(new) - v_rest then
    -- Only counters moved: not an edit, so the row's edit stamps stay as they were.
    new := jsonb_populate_record(new, jsonb_build_object(
      'updated_at', to_jsonb(old) -> 'updated_at', 'updated_by', to_jsonb(old) -> 'updated_by'));
  end if;
  return new;
end $$;
`;

/**
 * Standard triggers for a table with trigger-owned counters: the guard (named to fire after the touch and
 * actor stamps, which PostgreSQL orders by name) and an audit trigger that skips counter-only updates.
 */
export function counterOwnedTable(
  table: string,
  counters: string[],
  opts: { guardInserts?: boolean } = {},
): string {
  const cols = counters.map((c) => `'${c}'`).join(', ');
  const ignored = `'{${[...counters, 'updated_at', 'updated_by'].join(',')}}'::text[]`;
  const events = opts.guardInserts === false ? 'update' : 'insert or update';
  return `
select tq_attach_standard_triggers('public.${table}'::regclass, false, '{}'::text[]);
create or replace trigger ${table}_write_guard_trg before ${events} on ${table}
  for each row execute function social_counter_write_guard(${cols});
create or replace trigger ${table}_audit_trg after insert or delete on ${table}
  for each row execute function tq_audit_row();
create or replace trigger ${table}_audit_update_trg after update on ${table}
  for each row when (to_jsonb(old) - ${ignored} is distinct from to_jsonb(new) - ${ignored})
  execute function tq_audit_row();
`;
}
