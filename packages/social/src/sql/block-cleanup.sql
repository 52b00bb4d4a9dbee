create or replace function social_block_ends_follows() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.status = 'blocked' then
    perform social_lock_pair(new.requester_id, new.addressee_id);
    delete from user_follows
     where (follower_id = new.requester_id and followee_id = new.addressee_id)
        or (follower_id = new.addressee_id and followee_id = new.requester_id);
  end if;
  return null;
end $$;

create or replace trigger user_social_connections_block_ends_follows_trg
  after insert or update of status on user_social_connections
  for each row execute function social_block_ends_follows();
