create or replace function users_end_sessions_of_disabled() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if (new.deleted_at is not null and old.deleted_at is null)
     or (new.status in ('suspended', 'deactivated') and new.status is distinct from old.status) then
    update user_sessions set revoked_at = now(), revoked_reason = 'account_disabled'
     where user_id = new.id and revoked_at is null;
  end if;
  return null;
end $$;

create or replace trigger users_end_sessions_trg after update of deleted_at, status on users
  for each row execute function users_end_sessions_of_disabled();
