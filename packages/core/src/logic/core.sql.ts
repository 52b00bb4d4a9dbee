import type { DatabaseLogic } from './types';

/** Row stamping: `updated_at`, actor columns and soft-delete bookkeeping, attached per table. */
const stampingFunctions = `
create or replace function tq_current_actor() returns uuid
language sql stable as $$
  select nullif(current_setting('app.actor_id', true), '')::uuid
$$;

create or replace function tq_current_request() returns text
language sql stable as $$
  select nullif(current_setting('app.request_id', true), '')
$$;

-- clock_timestamp(), not now(): a row inserted and updated in one transaction still shows the update.
create or replace function tq_touch_row() returns trigger
language plpgsql as $$
begin
  new.updated_at := clock_timestamp();
  return new;
end $$;

create or replace function tq_stamp_actor() returns trigger
language plpgsql as $$
declare
  v_actor uuid := tq_current_actor();
begin
  if tg_op = 'INSERT' then
    new.created_by := coalesce(new.created_by, v_actor);
    new.updated_by := coalesce(new.updated_by, v_actor, new.created_by);
  else
    -- Without an actor the previous updater is not the author of this change: keep only an explicit value.
    new.updated_by := coalesce(v_actor, case when new.updated_by is distinct from old.updated_by then new.updated_by end);
  end if;
  return new;
end $$;

create or replace function tq_stamp_soft_delete() returns trigger
language plpgsql as $$
begin
  if old.deleted_at is null and new.deleted_at is not null then
    new.deleted_by := coalesce(new.deleted_by, tq_current_actor());
  elsif new.deleted_at is null then
    new.deleted_by := null;
  end if;
  return new;
end $$;
`;

const auditFunctions = `
create table if not exists audit_log (
  id uuid not null default uuid_generate_v7(),
  occurred_at timestamptz not null default clock_timestamp(),
  table_name text not null,
  record_id uuid not null,
  action text not null,
  old_data jsonb,
  new_data jsonb,
  changed_fields text[],
  actor_id uuid,
  request_id text,
  transaction_id bigint not null default txid_current(),
  constraint audit_log_pkey primary key (id, occurred_at),
  constraint audit_log_action_check check (action in ('insert', 'update', 'delete', 'soft_delete', 'restore'))
) partition by range (occurred_at);

create index if not exists audit_log_table_record_occurred_idx on audit_log (table_name, record_id, occurred_at desc);

-- Generic row audit. Trigger arguments name columns whose values never reach the log (secrets, hashes);
-- their names still appear in changed_fields, so "password changed" stays visible.
create or replace function tq_audit_row() returns trigger
language plpgsql as $$
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
language plpgsql as $$
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

-- Attach the standard triggers a table's columns call for; idempotent, so logic can run it on every change.
create or replace function tq_attach_standard_triggers(p_table regclass, p_audit boolean default true, p_redact text[] default '{}')
returns void
language plpgsql as $$
declare
  v_name text := (select relname from pg_class where oid = p_table);
  v_args text := (select coalesce(string_agg(quote_literal(r), ', '), '') from unnest(p_redact) r);
begin
  if exists (select 1 from pg_attribute where attrelid = p_table and attname = 'updated_at' and not attisdropped) then
    execute format('create or replace trigger %I before update on %s for each row execute function tq_touch_row()',
      v_name || '_touch_trg', p_table);
  end if;
  if exists (select 1 from pg_attribute where attrelid = p_table and attname = 'created_by' and not attisdropped) then
    execute format('create or replace trigger %I before insert or update on %s for each row execute function tq_stamp_actor()',
      v_name || '_stamp_actor_trg', p_table);
  end if;
  if exists (select 1 from pg_attribute where attrelid = p_table and attname = 'deleted_by' and not attisdropped) then
    execute format('create or replace trigger %I before update on %s for each row execute function tq_stamp_soft_delete()',
      v_name || '_soft_delete_trg', p_table);
  end if;
  if p_audit then
    execute format('create or replace trigger %I after insert or update or delete on %s for each row execute function tq_audit_row(%s)',
      v_name || '_audit_trg', p_table, v_args);
  end if;
end $$;

-- Append-only for any table: used by domains for their ledgers.
create or replace function tq_make_append_only(p_table regclass) returns void
language plpgsql as $$
declare
  v_name text := (select relname from pg_class where oid = p_table);
begin
  execute format('create or replace trigger %I before update or delete on %s for each row execute function tq_forbid_mutation(%L)',
    v_name || '_append_only_trg', p_table, v_name);
  execute format('create or replace trigger %I before truncate on %s for each statement execute function tq_forbid_mutation(%L)',
    v_name || '_no_truncate_trg', p_table, v_name);
end $$;
`;

/**
 * Monthly range partitions live in the \`partitions\` schema, which drizzle-kit's schemaFilter never sees,
 * so generate and push stay blind to them. \`partition_policies\` says how far ahead to create and how long
 * to keep; \`tq_maintain_partitions()\` applies every policy (the maintenance CLI calls it daily).
 */
const partitionFunctions = `
create schema if not exists partitions;

-- Rows whose month had no partition yet (maintenance skipped for longer than premake_months) sit in the
-- default partition, and PostgreSQL refuses to create a partition that would strand them there. So such a
-- month is made with the default detached (which also drops its cloned append-only triggers), its rows
-- moved into the new partition through the parent, and the default re-attached — one transaction.
create or replace function tq_ensure_monthly_partitions(p_parent text, p_months_ahead int default 3, p_months_back int default 1)
returns setof text
language plpgsql as $$
declare
  v_month date;
  v_name text;
  v_default text := p_parent || '_default';
  v_from timestamptz;
  v_to timestamptz;
  v_key text;
  v_stray boolean;
begin
  execute format('create table if not exists partitions.%I partition of public.%I default', v_default, p_parent);
  select a.attname into v_key from pg_partitioned_table pt
    join pg_attribute a on a.attrelid = pt.partrelid and a.attnum = pt.partattrs[0]
   where pt.partrelid = ('public.' || quote_ident(p_parent))::regclass;
  for i in -p_months_back .. p_months_ahead loop
    v_month := (date_trunc('month', now() at time zone 'UTC') + make_interval(months => i))::date;
    v_name := p_parent || '_p' || to_char(v_month, 'YYYYMM');
    v_from := v_month::timestamp at time zone 'UTC';
    v_to := (v_month + interval '1 month')::timestamp at time zone 'UTC';
    if to_regclass('partitions.' || quote_ident(v_name)) is null then
      execute format('select exists (select 1 from partitions.%I where %I >= %L and %I < %L)',
        v_default, v_key, v_from, v_key, v_to) into v_stray;
      if v_stray then
        execute format('alter table public.%I detach partition partitions.%I', p_parent, v_default);
      end if;
      execute format('create table partitions.%I partition of public.%I for values from (%L) to (%L)',
        v_name, p_parent, v_from, v_to);
      if v_stray then
        execute format('with moved as (delete from partitions.%I where %I >= %L and %I < %L returning *)
                        insert into public.%I select * from moved', v_default, v_key, v_from, v_key, v_to, p_parent);
        execute format('alter table public.%I attach partition partitions.%I default', p_parent, v_default);
      end if;
      return next v_name;
    end if;
  end loop;
end $$;

create or replace function tq_drop_expired_partitions(p_parent text, p_retention interval)
returns setof text
language plpgsql as $$
declare
  r record;
begin
  for r in
    select c.relname from pg_inherits i
      join pg_class c on c.oid = i.inhrelid
      join pg_namespace n on n.oid = c.relnamespace
     where i.inhparent = ('public.' || quote_ident(p_parent))::regclass
       and n.nspname = 'partitions'
       and c.relname ~ ('^' || p_parent || '_p[0-9]{6}$')
       and (to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month') <= (now() at time zone 'UTC') - p_retention
     order by c.relname
  loop
    execute format('drop table partitions.%I', r.relname);
    return next r.relname;
  end loop;
end $$;

create or replace function tq_maintain_partitions()
returns table (parent_table text, action text, partition_name text)
language plpgsql as $$
declare
  p record;
begin
  -- Two maintainers at once would race on CREATE TABLE; the advisory lock makes the job safe to overlap.
  perform pg_advisory_xact_lock(hashtext('touriquest:partitions'));
  for p in select * from partition_policies order by partition_policies.parent_table loop
    return query select p.parent_table, 'created'::text, x from tq_ensure_monthly_partitions(p.parent_table, p.premake_months, 0) x;
    if p.retention is not null then
      return query select p.parent_table, 'dropped'::text, x from tq_drop_expired_partitions(p.parent_table, p.retention) x;
    end if;
  end loop;
end $$;

insert into partition_policies (parent_table, retention, premake_months)
values ('audit_log', interval '2 years', 3)
on conflict (parent_table) do nothing;

select tq_ensure_monthly_partitions('audit_log', 3, 1);
`;

export const coreFunctionLogic: DatabaseLogic[] = [
  { name: 'core/stamping', sql: stampingFunctions },
  { name: 'core/audit', sql: auditFunctions },
  { name: 'core/partitions', sql: partitionFunctions },
];
