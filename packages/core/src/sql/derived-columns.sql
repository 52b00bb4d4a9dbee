-- Derived values (seats, ratings, counters, captured money) are the database's alone. One behaviour on every
-- table that has them: a direct write is overwritten — an INSERT from a service starts them at 0 and a direct
-- UPDATE keeps the stored value, whatever the statement said; only the database's own triggers (nested,
-- pg_trigger_depth() > 1) move them. The arguments name the derived columns. When only derived columns moved,
-- the row was not edited: its edit stamps (updated_at, updated_by) stay as they were.
create or replace function tq_derived_columns_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_patch jsonb := '{}'::jsonb;
  v_col text;
  -- Generated columns are still null in a BEFORE trigger: leave them out of the comparison.
  v_rest text[] := tg_argv::text[] || array['updated_at', 'updated_by', 'search_vector'];
begin
  if pg_trigger_depth() > 1 and tg_op = 'INSERT' then
    return new;
  end if;
  if tg_op = 'INSERT' then
    foreach v_col in array tg_argv loop
      v_patch := v_patch || jsonb_build_object(v_col, 0);
    end loop;
    return jsonb_populate_record(new, v_patch);
  end if;
  if pg_trigger_depth() <= 1 then
    foreach v_col in array tg_argv loop
      v_patch := v_patch || jsonb_build_object(v_col, to_jsonb(old) -> v_col);
    end loop;
    new := jsonb_populate_record(new, v_patch);
  end if;
  if to_jsonb(old) - v_rest = to_jsonb(new) - v_rest then
    new := jsonb_populate_record(new, jsonb_build_object(
      'updated_at', to_jsonb(old) -> 'updated_at', 'updated_by', to_jsonb(old) -> 'updated_by'));
  end if;
  return new;
end $$;
