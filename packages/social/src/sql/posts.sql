-- Audited by the standard triggers with like_count, comment_count quiet: a counter moving alone is not a business change.


-- Adds like and comment deltas (one element per post and move; a post may repeat) in one UPDATE, summed per
-- post, after locking the posts in id order so that concurrent statements on the same posts queue instead of
-- deadlocking.
create or replace function social_posts_add_counts(p_posts uuid[], p_likes int[], p_comments int[]) returns void
language plpgsql set search_path = public, pg_temp as $$
begin
  perform 1 from social_posts s where s.id = any(p_posts) order by s.id for no key update;
  update social_posts s
     set like_count = s.like_count + d.dl, comment_count = s.comment_count + d.dc
    from (select p, sum(l)::int as dl, sum(c)::int as dc from unnest(p_posts, p_likes, p_comments) x (p, l, c)
           group by p having sum(l) <> 0 or sum(c) <> 0) d
   where s.id = d.p;
end $$;

-- like_count moves once per statement: +1 per new like, −1 per old one (an UPDATE is both). Dynamic SQL: each
-- trigger of this function sees only its own transition tables (plpgsql_check reads every branch).
create or replace function social_post_likes_count() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_rows text := case tg_op
    when 'INSERT' then 'select post_id, 1 as sign from tq_likes_new'
    when 'DELETE' then 'select post_id, -1 as sign from tq_likes_old'
    else 'select post_id, 1 as sign from tq_likes_new union all select post_id, -1 from tq_likes_old' end;
begin
  execute 'select social_posts_add_counts(array_agg(m.post_id), array_agg(m.sign), array_agg(0)) from ('
          || v_rows || ') m';
  return null;
end $$;

create or replace trigger post_likes_count_insert_trg after insert on post_likes
  referencing new table as tq_likes_new
  for each statement execute function social_post_likes_count();
create or replace trigger post_likes_count_update_trg after update on post_likes
  referencing old table as tq_likes_old new table as tq_likes_new
  for each statement execute function social_post_likes_count();
create or replace trigger post_likes_count_delete_trg after delete on post_likes
  referencing old table as tq_likes_old
  for each statement execute function social_post_likes_count();

-- comment_count counts live (not soft-deleted) comments, replies included. Inserts and deletes move it once
-- per statement; an update of deleted_at or post_id per row (a trigger with a column list cannot see
-- transition tables).
create or replace function social_post_comments_count() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_old_live boolean;
  v_new_live boolean;
begin
  if tg_level = 'STATEMENT' then
    -- Dynamic: the INSERT trigger has no old table, the DELETE trigger no new one.
    execute format('select social_posts_add_counts(array_agg(c.post_id), array_agg(0), array_agg(%s))
                      from %I c where c.deleted_at is null',
                   case tg_op when 'INSERT' then 1 else -1 end,
                   case tg_op when 'INSERT' then 'tq_comments_new' else 'tq_comments_old' end);
    return null;
  end if;
  v_old_live := old.deleted_at is null;
  v_new_live := new.deleted_at is null;
  if v_old_live = v_new_live and old.post_id = new.post_id then
    return null;
  end if;
  perform social_posts_add_counts(array[old.post_id, new.post_id], array[0, 0],
                                  array[-v_old_live::int, v_new_live::int]);
  return null;
end $$;

create or replace trigger post_comments_count_insert_trg after insert on post_comments
  referencing new table as tq_comments_new
  for each statement execute function social_post_comments_count();
create or replace trigger post_comments_count_delete_trg after delete on post_comments
  referencing old table as tq_comments_old
  for each statement execute function social_post_comments_count();
create or replace trigger post_comments_count_update_trg after update of deleted_at, post_id
  on post_comments for each row execute function social_post_comments_count();
