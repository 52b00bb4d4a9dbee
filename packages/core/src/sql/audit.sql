-- Generic audit, once per statement over the transition tables (tq_audited_new / tq_audited_old): an
-- import or a bulk update writes its audit rows in one INSERT … SELECT instead of a function call per row.
-- Three triggers per table (<t>_audit_insert_trg, _update_trg, _delete_trg: a trigger with transition
-- tables serves one event). What is kept:
--   insert  new_data = the whole row (the baseline a restore-by-audit replays from);
--   update  old_data / new_data = only the changed columns, before and after, so an update can be undone
--           or replayed without storing the row twice; changed_fields names them;
--   delete  old_data = the whole row (what a restore needs).
-- Trigger arguments name columns whose values never reach the log (secrets, hashes); their names still
-- appear in changed_fields, so "password changed" stays visible. An argument `quiet:<column>` names a
-- counter whose change alone is not a business change (like updated_at); it is logged with other changes.
-- SECURITY DEFINER (owned by touriquest_migrator): services hold no privilege on audit_log at all, so none
-- can forge, read or remove history; the trigger writes it as the owner. It takes nothing from the caller
-- but the rows and the transaction's actor.
-- Geometry columns are logged as EWKT text ('SRID=4326;POINT(2.35 48.85)', castable back to geometry):
-- PostGIS's geometry→jsonb cast, which to_jsonb would use, costs ~110 µs a row (a spatial_ref_sys lookup for
-- the GeoJSON crs), more than the whole rest of an audited insert. The select list is read from the catalog
-- once per statement, so a new column is logged without touching this function; generated columns (the
-- search vectors) are left out, being derived.
create or replace function tq_audit_rows() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  v_args text[] := coalesce(tg_argv::text[], '{}');
  v_redact text[] := array(select a from unnest(v_args) a where a not like 'quiet:%');
  v_quiet text[] := array['updated_at', 'updated_by']
    || array(select substr(a, 7) from unnest(v_args) a where a like 'quiet:%');
  v_cols text;
  v_actor uuid := tq_current_actor();
  v_request text := tq_current_request();
begin
  select string_agg(case when a.atttypid = 'geometry'::regtype
                         then format('st_asewkt(%1$I) as %1$I', a.attname) else quote_ident(a.attname) end,
                    ', ' order by a.attnum)
    into v_cols
    from pg_attribute a
   where a.attrelid = tg_relid and a.attnum > 0 and not a.attisdropped
     and a.attgenerated = '';
  if tg_op = 'INSERT' then
    execute format($q$
      insert into audit_log (table_name, record_id, action, new_data, actor_id, request_id)
      select $1, n.id::uuid, 'insert', to_jsonb(n) - $2, $3, $4
        from (select %s from tq_audited_new) n$q$, v_cols)
      using tg_table_name, v_redact, v_actor, v_request;
  elsif tg_op = 'DELETE' then
    execute format($q$
      insert into audit_log (table_name, record_id, action, old_data, actor_id, request_id)
      select $1, o.id::uuid, 'delete', to_jsonb(o) - $2, $3, $4
        from (select %s from tq_audited_old) o$q$, v_cols)
      using tg_table_name, v_redact, v_actor, v_request;
  else
    -- Rows pair up by id. An update that changed an id pairs with nothing and is logged whole on both sides.
    execute format($q$
      insert into audit_log (table_name, record_id, action, old_data, new_data, changed_fields, actor_id, request_id)
      select $1, coalesce(b.id, a.id)::uuid,
             case when a.o ? 'deleted_at' and a.o ->> 'deleted_at' is null and b.n ->> 'deleted_at' is not null then 'soft_delete'
                  when a.o ? 'deleted_at' and a.o ->> 'deleted_at' is not null and b.n ->> 'deleted_at' is null then 'restore'
                  else 'update' end,
             coalesce(d.old_part, a.o) - $2, coalesce(d.new_part, b.n) - $2, d.changed, $3, $4
        from (select o.id, to_jsonb(o) as o from (select %1$s from tq_audited_old) o) a
        full join (select n.id, to_jsonb(n) as n from (select %1$s from tq_audited_new) n) b on b.id = a.id
        left join lateral (
          select array_agg(e.key order by e.key) as changed,
                 jsonb_object_agg(e.key, a.o -> e.key) as old_part,
                 jsonb_object_agg(e.key, e.value) as new_part
            from jsonb_each(b.n) e
           where e.value is distinct from a.o -> e.key) d on a.o is not null and b.n is not null
       -- Bookkeeping-only updates (a touch, a counter) are not business changes.
       where a.o is null or b.n is null or not coalesce(d.changed <@ $5, true)$q$, v_cols)
      using tg_table_name, v_redact, v_actor, v_request, v_quiet;
  end if;
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
