-- Rendered from core's writeGuardSql in @touriquest/properties/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- properties: rating_count, rating_sum, rating_avg are derived from published reviews.
create or replace function properties_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe properties;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.rating_count is distinct from 0 or new.rating_sum is distinct from 0 or new.rating_avg is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.rating_count := 0; new.rating_sum := 0; new.rating_avg := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.rating_count is distinct from old.rating_count or new.rating_sum is distinct from old.rating_sum or new.rating_avg is distinct from old.rating_avg)
     and not tq_is_table_owner(tg_relid) then
    new.rating_count := old.rating_count; new.rating_sum := old.rating_sum; new.rating_avg := old.rating_avg;
  end if;
  v_probe := new;
  v_probe.rating_count := old.rating_count; v_probe.rating_sum := old.rating_sum; v_probe.rating_avg := old.rating_avg; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by; v_probe.city_key := old.city_key; v_probe.search_vector := old.search_vector;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger properties_write_guard_trg before insert or update on properties
  for each row execute function properties_write_guard();
