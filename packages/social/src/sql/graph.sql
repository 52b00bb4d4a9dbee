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

-- Blocked connections stay blocked: no follow either way between two users with a 'blocked' connection.
-- Checked once per statement over the new rows (one join, not a lookup per row). Serialised with a block
-- without advisory locks (a bulk import held one per row until commit): every follow takes FOR KEY SHARE on
-- the row of the lower-id user of its pair (its foreign key holds that lock already), and a block takes FOR
-- UPDATE on the same row before it ends the pair's follows (social_block_ends_follows). The second to lock
-- waits for the first to commit: a block that came first is seen by this check, a follow that came first is
-- seen, and deleted, by the block.
create or replace function social_follows_not_blocked() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_pair record;
begin
  perform 1 from users u
   where u.id in (select least(n.follower_id, n.followee_id) from tq_follows_new n)
   order by u.id for key share;
  -- Spelled like users' pair index (least, greatest), so each new follow costs one index probe.
  select n.follower_id, n.followee_id into v_pair
    from tq_follows_new n
    join user_social_connections c
      on least(c.requester_id, c.addressee_id) = least(n.follower_id, n.followee_id)
     and greatest(c.requester_id, c.addressee_id) = greatest(n.follower_id, n.followee_id)
   where c.status = 'blocked'
   limit 1;
  if found then
    raise exception 'users % and % have blocked each other: one cannot follow the other',
        v_pair.follower_id, v_pair.followee_id
      using errcode = 'check_violation', constraint = 'user_follows_blocked_check';
  end if;
  return null;
end $$;

create or replace trigger user_follows_not_blocked_insert_trg after insert on user_follows
  referencing new table as tq_follows_new
  for each statement execute function social_follows_not_blocked();
create or replace trigger user_follows_not_blocked_update_trg after update on user_follows
  referencing new table as tq_follows_new
  for each statement execute function social_follows_not_blocked();

-- Adds counter deltas (one element per user and move; a user may repeat) to the profiles in one UPDATE,
-- summed per user. The profiles are locked in user_id order first, so two statements that move the same
-- profiles (opposite follows of one pair, say) queue instead of deadlocking. Users without a profile are
-- skipped: a profile starts from a recount (social_profile_init_counts).
create or replace function social_profiles_add_counts(p_users uuid[], p_followers int[], p_following int[],
                                                      p_posts int[]) returns void
language plpgsql set search_path = public, pg_temp as $$
begin
  perform 1 from user_social_profiles s where s.user_id = any(p_users) order by s.user_id for no key update;
  update user_social_profiles s
     set follower_count = s.follower_count + d.df, following_count = s.following_count + d.dg,
         post_count = s.post_count + d.dp
    from (select u, sum(f)::int as df, sum(g)::int as dg, sum(p)::int as dp
            from unnest(p_users, p_followers, p_following, p_posts) x (u, f, g, p)
           group by u having sum(f) <> 0 or sum(g) <> 0 or sum(p) <> 0) d
   where s.user_id = d.u;
end $$;

-- Follower and following counts move once per statement: +1 for each new follow, −1 for each old one
-- (an UPDATE is both), summed per profile.
create or replace function social_follows_counts() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_rows text := case tg_op
    when 'INSERT' then 'select follower_id, followee_id, 1 as sign from tq_follows_new'
    when 'DELETE' then 'select follower_id, followee_id, -1 as sign from tq_follows_old'
    else 'select follower_id, followee_id, 1 as sign from tq_follows_new'
         || ' union all select follower_id, followee_id, -1 from tq_follows_old' end;
begin
  execute 'select social_profiles_add_counts(array_agg(u), array_agg(f), array_agg(g), array_agg(0))
             from (select m.followee_id as u, m.sign as f, 0 as g from (' || v_rows || ') m
                   union all select m.follower_id, 0, m.sign from (' || v_rows || ') m) x';
  return null;
end $$;

create or replace trigger user_follows_counts_insert_trg after insert on user_follows
  referencing new table as tq_follows_new
  for each statement execute function social_follows_counts();
create or replace trigger user_follows_counts_update_trg after update on user_follows
  referencing old table as tq_follows_old new table as tq_follows_new
  for each statement execute function social_follows_counts();
create or replace trigger user_follows_counts_delete_trg after delete on user_follows
  referencing old table as tq_follows_old
  for each statement execute function social_follows_counts();

-- post_count counts the author's live (not soft-deleted) posts. Inserts and deletes move it once per
-- statement; an update of deleted_at or author_id per row (a trigger with a column list cannot see
-- transition tables).
create or replace function social_posts_author_count() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_old_live boolean;
  v_new_live boolean;
begin
  if tg_level = 'STATEMENT' then
    -- Dynamic: the INSERT trigger has no old table, the DELETE trigger no new one.
    execute format('select social_profiles_add_counts(array_agg(p.author_id), array_agg(0), array_agg(0), array_agg(%s))
                      from %I p where p.deleted_at is null',
                   case tg_op when 'INSERT' then 1 else -1 end,
                   case tg_op when 'INSERT' then 'tq_posts_new' else 'tq_posts_old' end);
    return null;
  end if;
  v_old_live := old.deleted_at is null;
  v_new_live := new.deleted_at is null;
  if v_old_live = v_new_live and old.author_id = new.author_id then
    return null;
  end if;
  perform social_profiles_add_counts(array[old.author_id, new.author_id], array[0, 0], array[0, 0],
                                     array[-v_old_live::int, v_new_live::int]);
  return null;
end $$;

create or replace trigger social_posts_author_count_insert_trg after insert on social_posts
  referencing new table as tq_posts_new
  for each statement execute function social_posts_author_count();
create or replace trigger social_posts_author_count_delete_trg after delete on social_posts
  referencing old table as tq_posts_old
  for each statement execute function social_posts_author_count();
create or replace trigger social_posts_author_count_update_trg after update of deleted_at, author_id
  on social_posts for each row execute function social_posts_author_count();
