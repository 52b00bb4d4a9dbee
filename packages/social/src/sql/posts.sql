-- Audited by the standard triggers with like_count, comment_count quiet: a counter moving alone is not a business change.


create or replace function social_post_likes_count() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and old.post_id = new.post_id then
    return null;
  end if;
  if tg_op <> 'INSERT' then
    update social_posts set like_count = like_count - 1 where id = old.post_id;
  end if;
  if tg_op <> 'DELETE' then
    update social_posts set like_count = like_count + 1 where id = new.post_id;
  end if;
  return null;
end $$;

create or replace trigger post_likes_count_trg after insert or update or delete on post_likes
  for each row execute function social_post_likes_count();

-- comment_count counts live (not soft-deleted) comments, replies included.
create or replace function social_post_comments_count() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_old_live boolean := tg_op <> 'INSERT' and old.deleted_at is null;
  v_new_live boolean := tg_op <> 'DELETE' and new.deleted_at is null;
begin
  if tg_op = 'UPDATE' and v_old_live = v_new_live and old.post_id = new.post_id then
    return null;
  end if;
  if v_old_live then
    update social_posts set comment_count = comment_count - 1 where id = old.post_id;
  end if;
  if v_new_live then
    update social_posts set comment_count = comment_count + 1 where id = new.post_id;
  end if;
  return null;
end $$;

create or replace trigger post_comments_count_trg after insert or delete or update of deleted_at, post_id
  on post_comments for each row execute function social_post_comments_count();
