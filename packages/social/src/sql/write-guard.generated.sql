-- Rendered from core's writeGuardSql in @touriquest/social/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- user_social_profiles: follower_count, following_count, post_count are derived from follows and posts (social_profile_init_counts starts a new profile from a recount).
create or replace function user_social_profiles_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe user_social_profiles;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.follower_count is distinct from 0 or new.following_count is distinct from 0 or new.post_count is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.follower_count := 0; new.following_count := 0; new.post_count := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.follower_count is distinct from old.follower_count or new.following_count is distinct from old.following_count or new.post_count is distinct from old.post_count)
     and not tq_is_table_owner(tg_relid) then
    new.follower_count := old.follower_count; new.following_count := old.following_count; new.post_count := old.post_count;
  end if;
  v_probe := new;
  v_probe.follower_count := old.follower_count; v_probe.following_count := old.following_count; v_probe.post_count := old.post_count; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger user_social_profiles_write_guard_trg before update on user_social_profiles
  for each row execute function user_social_profiles_write_guard();


-- social_posts: like_count, comment_count are derived from likes and comments.
create or replace function social_posts_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe social_posts;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.like_count is distinct from 0 or new.comment_count is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.like_count := 0; new.comment_count := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.like_count is distinct from old.like_count or new.comment_count is distinct from old.comment_count)
     and not tq_is_table_owner(tg_relid) then
    new.like_count := old.like_count; new.comment_count := old.comment_count;
  end if;
  v_probe := new;
  v_probe.like_count := old.like_count; v_probe.comment_count := old.comment_count; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by; v_probe.search_vector := old.search_vector;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger social_posts_write_guard_trg before insert or update on social_posts
  for each row execute function social_posts_write_guard();


-- travel_groups: member_count are derived from travel_group_members.
create or replace function travel_groups_write_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_probe travel_groups;
begin
  if tg_op = 'INSERT' then
    if pg_trigger_depth() <= 1 and (new.member_count is distinct from 0)
       and not tq_is_table_owner(tg_relid) then
      new.member_count := 0;
    end if;
    return new;
  end if;
  if pg_trigger_depth() <= 1 and (new.member_count is distinct from old.member_count)
     and not tq_is_table_owner(tg_relid) then
    new.member_count := old.member_count;
  end if;
  v_probe := new;
  v_probe.member_count := old.member_count; v_probe.updated_at := old.updated_at; v_probe.updated_by := old.updated_by;
  if v_probe is not distinct from old then
    new.updated_at := old.updated_at; new.updated_by := old.updated_by;
  end if;
  return new;
end $$;

create or replace trigger travel_groups_write_guard_trg before insert or update on travel_groups
  for each row execute function travel_groups_write_guard();
