-- Generic row audit. Trigger arguments name columns whose values never reach the log (secrets, hashes);
-- their names still appear in changed_fields, so "password changed" stays visible.
-- SECURITY DEFINER (owned by touriquest_migrator): services hold no privilege on audit_log at all, so none
-- can forge, read or remove history; the trigger writes it as the owner. It takes nothing from the caller
-- but the row and the transaction's actor.
create or replace function tq_audit_row() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_redact text[] := coalesce(tg_argv::text[], '{}');
  v_old jsonb;
  v_new jsonb;
  v_action text;
  v_changed text[];
begin
  if tg_op = 'INSERT' then
    v_new := to_jsonb(new);
    v_action := 'insert';
  elsif tg_op = 'UPDATE' then
    v_old := to_jsonb(old);
    v_new := to_jsonb(new);
    select coalesce(array_agg(n.key order by n.key), '{}') into v_changed
      from jsonb_each(v_new) n where n.value is distinct from v_old -> n.key;
    -- Bookkeeping-only updates (a touch) are not business changes.
    if not exists (select 1 from unnest(v_changed) c where c not in ('updated_at', 'updated_by', 'search_vector')) then
      return null;
    end if;
    v_action := case
      when v_old ? 'deleted_at' and v_old ->> 'deleted_at' is null and v_new ->> 'deleted_at' is not null then 'soft_delete'
      when v_old ? 'deleted_at' and v_old ->> 'deleted_at' is not null and v_new ->> 'deleted_at' is null then 'restore'
      else 'update' end;
  else
    v_old := to_jsonb(old);
    v_action := 'delete';
  end if;
  insert into audit_log (table_name, record_id, action, old_data, new_data, changed_fields, actor_id, request_id)
  values (tg_table_name, (coalesce(v_new, v_old) ->> 'id')::uuid, v_action, v_old - v_redact, v_new - v_redact,
          v_changed, tq_current_actor(), tq_current_request());
  return null;
end $$;

-- Append-only tables (audit_log, the payment ledger, admin_audit_log) reject UPDATE, DELETE and TRUNCATE.
create or replace function tq_forbid_mutation() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  -- Partitions fire the parent's trigger under their own name: the parent's name comes as the argument.
  v_table text := coalesce(tg_argv[0], tg_table_name);
begin
  raise exception '% is append-only: % is not allowed', v_table, lower(tg_op)
    using errcode = 'restrict_violation', constraint = v_table || '_append_only';
end $$;

create or replace trigger audit_log_append_only_trg before update or delete on audit_log
  for each row execute function tq_forbid_mutation('audit_log');
create or replace trigger audit_log_no_truncate_trg before truncate on audit_log
  for each statement execute function tq_forbid_mutation('audit_log');
