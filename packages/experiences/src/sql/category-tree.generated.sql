-- Rendered from core's categoryTreeSql in @touriquest/experiences/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function experience_categories_maintain_path() returns trigger
language plpgsql set search_path = public, pg_temp as $$
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
-- read its parent's path just before a committed move and keep a stale path. Soft deletes and restores take
-- it so the live-children rule below cannot race an insert or a move under the same parent.
create or replace function experience_categories_lock_tree() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('experience_categories:tree', 0));
  return null;
end $$;

create or replace trigger experience_categories_tree_lock_trg before insert or update of parent_id, deleted_at on experience_categories
  for each statement execute function experience_categories_lock_tree();

create or replace trigger experience_categories_path_trg before insert or update of parent_id, path on experience_categories
  for each row execute function experience_categories_maintain_path();

create or replace function experience_categories_repath_subtree() returns trigger
language plpgsql set search_path = public, pg_temp as $$
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

-- AFTER ROW triggers fire once the whole statement has written its rows, so soft-deleting (or restoring) a
-- parent together with its subtree in one statement passes.
create or replace function experience_categories_live_tree_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and new.deleted_at is not distinct from old.deleted_at
     and new.parent_id is not distinct from old.parent_id then
    return null;
  end if;
  if new.deleted_at is not null then
    if exists (select 1 from experience_categories c where c.parent_id = new.id and c.deleted_at is null) then
      raise exception 'category % still has live subcategories: delete or move them first', new.id
        using errcode = 'check_violation', constraint = 'experience_categories_live_children_check';
    end if;
  elsif exists (select 1 from experience_categories p where p.id = new.parent_id and p.deleted_at is not null) then
    raise exception 'parent category % is deleted: a live category cannot sit under it', new.parent_id
      using errcode = 'check_violation', constraint = 'experience_categories_live_parent_check';
  end if;
  return null;
end $$;

create or replace trigger experience_categories_live_tree_trg after insert or update of parent_id, deleted_at on experience_categories
  for each row execute function experience_categories_live_tree_rule();
