-- Audited by the standard triggers with follower_count, following_count, post_count quiet: a counter moving alone is not a business change.


-- A profile created after its user already followed and posted starts from a recount, not from zero.
create or replace function social_profile_init_counts() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  new.follower_count := (select count(*) from user_follows f where f.followee_id = new.user_id);
  new.following_count := (select count(*) from user_follows f where f.follower_id = new.user_id);
  new.post_count := (select count(*) from social_posts p where p.author_id = new.user_id and p.deleted_at is null);
  return new;
end $$;

create or replace trigger user_social_profiles_init_counts_trg before insert on user_social_profiles
  for each row execute function social_profile_init_counts();

-- Serialises a follow with a block of the same pair, so neither slips past the other.
create or replace function social_lock_pair(a uuid, b uuid) returns void
language sql set search_path = public, pg_temp as $$
  select pg_advisory_xact_lock(hashtextextended('social_pair:' || least(a, b)::text || greatest(a, b)::text, 0))
$$;

-- Blocked connections stay blocked: no follow either way between two users with a 'blocked' connection.
create or replace function social_follow_not_blocked() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  perform social_lock_pair(new.follower_id, new.followee_id);
  -- Spelled like users' pair index (least, greatest), so the lookup is one index probe.
  if exists (
    select 1 from user_social_connections c
     where least(c.requester_id, c.addressee_id) = least(new.follower_id, new.followee_id)
       and greatest(c.requester_id, c.addressee_id) = greatest(new.follower_id, new.followee_id)
       and c.status = 'blocked'
  ) then
    raise exception 'these users have blocked each other: one cannot follow the other'
      using errcode = 'check_violation', constraint = 'user_follows_blocked_check';
  end if;
  return new;
end $$;

create or replace trigger user_follows_not_blocked_trg before insert or update on user_follows
  for each row execute function social_follow_not_blocked();

-- One statement for both profiles, so two opposite follows lock the rows in the same (index) order.
create or replace function social_follows_counts() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    update user_social_profiles
       set follower_count = follower_count - (user_id = old.followee_id)::int,
           following_count = following_count - (user_id = old.follower_id)::int
     where user_id in (old.follower_id, old.followee_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    update user_social_profiles
       set follower_count = follower_count + (user_id = new.followee_id)::int,
           following_count = following_count + (user_id = new.follower_id)::int
     where user_id in (new.follower_id, new.followee_id);
  end if;
  return null;
end $$;

create or replace trigger user_follows_counts_trg after insert or update or delete on user_follows
  for each row execute function social_follows_counts();

-- post_count counts the author's live (not soft-deleted) posts.
create or replace function social_posts_author_count() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_old_live boolean := tg_op <> 'INSERT' and old.deleted_at is null;
  v_new_live boolean := tg_op <> 'DELETE' and new.deleted_at is null;
begin
  if tg_op = 'UPDATE' and v_old_live = v_new_live and old.author_id = new.author_id then
    return null;
  end if;
  if v_old_live then
    update user_social_profiles set post_count = post_count - 1 where user_id = old.author_id;
  end if;
  if v_new_live then
    update user_social_profiles set post_count = post_count + 1 where user_id = new.author_id;
  end if;
  return null;
end $$;

create or replace trigger social_posts_author_count_trg after insert or delete or update of deleted_at, author_id
  on social_posts for each row execute function social_posts_author_count();
