-- A block ends the pair's follows. FOR UPDATE on the lower-id user of the pair first: every follow of the pair
-- holds FOR KEY SHARE on that row (social_follows_not_blocked), so a follow still in flight commits before the
-- delete looks, or waits and then sees this block. The lock holds up writes that reference that user only
-- until the block commits; one row, not the pair, so it cannot form a cycle with a bulk follow's locks.
create or replace function social_block_ends_follows() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.status = 'blocked' then
    perform 1 from users where id = least(new.requester_id, new.addressee_id) for update;
    delete from user_follows
     where (follower_id = new.requester_id and followee_id = new.addressee_id)
        or (follower_id = new.addressee_id and followee_id = new.requester_id);
  end if;
  return null;
end $$;

-- requester_id and addressee_id too: a blocked connection moved to another pair blocks that pair.
create or replace trigger user_social_connections_block_ends_follows_trg
  after insert or update of status, requester_id, addressee_id on user_social_connections
  for each row execute function social_block_ends_follows();
