-- Audited by the standard triggers with member_count quiet: a counter moving alone is not a business change.


create or replace function social_group_member_stamps() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.status = 'joined' and (tg_op = 'INSERT' or old.status <> 'joined') then
    new.joined_at := coalesce(new.joined_at, now());
    new.left_at := null;
  elsif new.status = 'left' and (tg_op = 'INSERT' or old.status <> 'left') then
    new.left_at := coalesce(new.left_at, now());
  end if;
  return new;
end $$;

create or replace trigger travel_group_members_stamps_trg before insert or update of status on travel_group_members
  for each row execute function social_group_member_stamps();

-- The group row is the queue: NO KEY UPDATE (not UPDATE) so it does not deadlock with the KEY SHARE lock
-- every member insert's foreign-key check already holds on it.
create or replace function social_group_capacity() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_old_joined boolean := tg_op <> 'INSERT' and old.status = 'joined';
  v_new_joined boolean := tg_op <> 'DELETE' and new.status = 'joined';
  v_group record;
begin
  if tg_op = 'UPDATE' and v_old_joined = v_new_joined and old.group_id = new.group_id then
    return null;
  end if;
  if v_old_joined then
    update travel_groups set member_count = member_count - 1 where id = old.group_id;
  end if;
  if v_new_joined then
    select g.max_members, g.member_count into v_group from travel_groups g where g.id = new.group_id for no key update;
    if found and v_group.member_count >= v_group.max_members then
      raise exception 'travel group is full: % of % places taken', v_group.member_count, v_group.max_members
        using errcode = 'check_violation', constraint = 'travel_group_members_capacity_check';
    end if;
    update travel_groups set member_count = member_count + 1 where id = new.group_id;
  end if;
  return null;
end $$;

create or replace trigger travel_group_members_capacity_trg after insert or update or delete on travel_group_members
  for each row execute function social_group_capacity();
