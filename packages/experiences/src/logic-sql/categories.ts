/**
 * Category tree. `path` = parent's path || this row's label (its id without dashes), so a slug change never
 * re-paths. A move re-paths the subtree in one statement; the tree lock serialises moves, or two concurrent
 * moves (A under B, B under A) could each pass the cycle check and commit a cycle together. Under READ
 * COMMITTED each statement of the trigger takes a fresh snapshot, so after the lock it sees the other move.
 */
export const categoryTreeSql = `
create or replace function experience_categories_maintain_path() returns trigger
language plpgsql as $$
declare
  v_parent ltree;
  v_label ltree := replace(new.id::text, '-', '')::ltree;
begin
  if tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id then
    -- Only the subtree re-path below (nested trigger) may change a path without a move.
    if pg_trigger_depth() <= 1 then
      new.path := old.path;
    end if;
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('experience_categories:tree', 0));
  if new.parent_id is null then
    new.path := v_label;
    return new;
  end if;
  select path into v_parent from experience_categories where id = new.parent_id;
  if v_parent is null then
    return new; -- unknown parent: the foreign key refuses the row
  end if;
  if tg_op = 'UPDATE' and v_parent <@ old.path then
    raise exception 'a category cannot be moved under itself or one of its descendants'
      using errcode = 'check_violation', constraint = 'experience_categories_no_cycle_check';
  end if;
  new.path := v_parent || v_label;
  return new;
end $$;

-- Statement level, so the tree lock is taken before any row lock: a row-level lock taken after the row is
-- locked could deadlock with a concurrent move re-pathing that row. Inserts take it too, or a child could
-- read its parent's path just before a committed move and keep a stale path.
create or replace function experience_categories_lock_tree() returns trigger
language plpgsql as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('experience_categories:tree', 0));
  return null;
end $$;

create or replace trigger experience_categories_tree_lock_trg before insert or update of parent_id on experience_categories
  for each statement execute function experience_categories_lock_tree();

create or replace trigger experience_categories_path_trg before insert or update of parent_id, path on experience_categories
  for each row execute function experience_categories_maintain_path();

create or replace function experience_categories_repath_subtree() returns trigger
language plpgsql as $$
begin
  if new.path is distinct from old.path then
    update experience_categories
       set path = new.path || subpath(path, nlevel(old.path))
     where path <@ old.path and id <> new.id;
  end if;
  return null;
end $$;

create or replace trigger experience_categories_repath_trg after update of parent_id on experience_categories
  for each row execute function experience_categories_repath_subtree();
`;
