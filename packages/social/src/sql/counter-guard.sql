create or replace function social_counter_write_guard() returns trigger
language plpgsql as $$
declare
  v_patch jsonb := '{}'::jsonb;
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
