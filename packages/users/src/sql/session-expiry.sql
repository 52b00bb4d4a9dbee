create or replace function tq_expire_sessions() returns integer
language plpgsql set search_path = public, pg_temp as $$
declare
  v_count integer;
begin
  update user_sessions set revoked_at = now(), revoked_reason = 'expired'
   where revoked_at is null and expires_at <= now();
  get diagnostics v_count = row_count;
  return v_count;
end $$;
