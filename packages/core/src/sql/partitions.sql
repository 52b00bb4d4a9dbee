-- Rows whose month had no partition yet (maintenance skipped for longer than premake_months) sit in the
-- default partition, and PostgreSQL refuses to create a partition that would strand them there. So such a
-- month is made with the default detached (which also drops its cloned append-only triggers), its rows
-- moved into the new partition through the parent, and the default re-attached — one transaction.
-- PostgreSQL clones a parent's row triggers onto its partitions but not statement-level TRUNCATE triggers: a
-- TRUNCATE of one partition would wipe that month of an append-only table. So every partition of a parent that
-- refuses TRUNCATE (has <parent>_no_truncate_trg) gets <partition>_no_truncate_trg too. Called whenever
-- partitions are made, so the deploy step (tq_premake_partitions) also guards partitions that exist already.
create or replace function tq_guard_partitions_against_truncate(p_parent text)
returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  r record;
begin
  if not exists (select 1 from pg_trigger where tgrelid = ('public.' || quote_ident(p_parent))::regclass
                    and tgname = p_parent || '_no_truncate_trg') then
    return;
  end if;
  for r in
    select n.nspname, c.relname from pg_inherits i
      join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
     where i.inhparent = ('public.' || quote_ident(p_parent))::regclass
       and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_no_truncate_trg')
  loop
    execute format('create trigger %I before truncate on %I.%I for each statement execute function tq_forbid_mutation(%L)',
      r.relname || '_no_truncate_trg', r.nspname, r.relname, p_parent);
  end loop;
end $$;

create or replace function tq_ensure_monthly_partitions(p_parent text, p_months_ahead int default 3, p_months_back int default 1)
returns setof text
language plpgsql set search_path = public, pg_temp as $$
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
  perform tq_guard_partitions_against_truncate(p_parent);
end $$;

create or replace function tq_drop_expired_partitions(p_parent text, p_retention interval)
returns setof text
language plpgsql set search_path = public, pg_temp as $$
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
language plpgsql set search_path = public, pg_temp as $$
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

-- Run after every deploy and push (the runner's afterDeploy step): each policy's table gets its partitions
-- from last month through premake_months ahead. Creating only; retention is the maintenance job's.
create or replace function tq_premake_partitions()
returns setof text
language plpgsql set search_path = public, pg_temp as $$
declare
  p record;
begin
  perform pg_advisory_xact_lock(hashtext('touriquest:partitions'));
  for p in select * from partition_policies order by partition_policies.parent_table loop
    return query select x from tq_ensure_monthly_partitions(p.parent_table, p.premake_months, 1) x;
  end loop;
end $$;
