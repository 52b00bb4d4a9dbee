
create or replace function social_new_share_token() returns text
language sql volatile set search_path = public, pg_temp as $$
  select translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '+/=', '-_')
$$;

create or replace function social_wishlist_share_token() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.visibility = 'private' then
    -- Turning a list private revokes its link; a new private list cannot arrive with one.
    if tg_op = 'INSERT' and new.share_token is not null then
      raise exception 'a private wishlist has no share token'
        using errcode = 'check_violation', constraint = 'wishlists_share_token_check';
    end if;
    new.share_token := null;
  elsif new.share_token is null then
    new.share_token := social_new_share_token();
  end if;
  return new;
end $$;

create or replace trigger wishlists_share_token_trg before insert or update of visibility, share_token on wishlists
  for each row execute function social_wishlist_share_token();
