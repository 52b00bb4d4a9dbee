-- Rendered from core's writeGuardSql in @touriquest/reviews/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- reviews: helpful_count are derived from review_helpful_votes.
create or replace function reviews_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe reviews;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.helpful_count is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.helpful_count := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.helpful_count is distinct from old.helpful_count)
     and not tq_is_table_owner(tg_relid) then
    new.helpful_count := old.helpful_count;
  end if;
  v_probe := new;
  v_probe.helpful_count := old.helpful_count; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger reviews_write_guard_trg before insert or update on reviews
  for each row execute function reviews_write_guard();
