import { counterOwnedTable } from './counters.sql';

/** Like and comment counters of posts, and the standard triggers of the tables around them. */
export const postsSql = `
${counterOwnedTable('social_posts', ['like_count', 'comment_count'])}
select tq_attach_standard_triggers('public.post_comments'::regclass, true, '{}'::text[]);

create or replace function social_post_likes_count() returns trigger
language plpgsql as $$
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
language plpgsql as $$
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
`;

/** Group capacity: joined members never exceed max_members, also under concurrent joins. */
export const groupsSql = `
${counterOwnedTable('travel_groups', ['member_count'])}
select tq_attach_standard_triggers('public.travel_group_members'::regclass, true, '{}'::text[]);

create or replace function social_group_member_stamps() returns trigger
language plpgsql as $$
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
language plpgsql as $$
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
`;

/** Share tokens of wishlists: made when a list stops being private, revoked when it becomes private again. */
export const wishlistsSql = `
select tq_attach_standard_triggers('public.wishlists'::regclass, true, array['share_token']);

create or replace function social_new_share_token() returns text
language sql volatile as $$
  select translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '+/=', '-_')
$$;

create or replace function social_wishlist_share_token() returns trigger
language plpgsql as $$
begin
  if new.visibility = 'private' then
    new.share_token := null;
  elsif new.share_token is null then
    new.share_token := social_new_share_token();
  end if;
  return new;
end $$;

create or replace trigger wishlists_share_token_trg before insert or update of visibility, share_token on wishlists
  for each row execute function social_wishlist_share_token();
`;
