create or replace function users_connection_rules() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_actor uuid := tq_current_actor();
begin
  if new.status = 'blocked' and new.blocked_by is null then
    new.blocked_by := case when v_actor in (new.requester_id, new.addressee_id) then v_actor else new.requester_id end;
  elsif new.status <> 'blocked' then
    new.blocked_by := null;
  end if;
  if tg_op = 'UPDATE' and old.status = 'blocked'
     and (new.status, new.blocked_by, new.requester_id, new.addressee_id)
         is distinct from (old.status, old.blocked_by, old.requester_id, old.addressee_id)
     and v_actor is distinct from old.blocked_by then
    raise exception 'only the user who blocked can change a blocked connection'
      using errcode = 'check_violation', constraint = 'user_social_connections_block_kept_check';
  end if;
  if tg_op = 'UPDATE' and new.status is distinct from old.status and new.status <> 'pending' then
    new.responded_at := now();
  end if;
  return new;
end $$;

create or replace trigger user_social_connections_rules_trg before insert or update on user_social_connections
  for each row execute function users_connection_rules();
