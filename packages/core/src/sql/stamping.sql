-- The two readers of the request context take no search_path of their own: PostgreSQL inlines these one-line
-- SQL functions into the caller's query (into every audited or stamped write's triggers), and a SET clause
-- would stop that (a call then costs ~5x). Instead every name in them is schema-qualified, operators
-- included: pg_catalog.texteq, not nullif(…, ''), whose `=` would be looked up on the caller's search_path.
create or replace function tq_current_actor() returns uuid
language sql stable as $$
  select case when pg_catalog.texteq(pg_catalog.current_setting('app.actor_id', true), '') then null
              else pg_catalog.current_setting('app.actor_id', true)::pg_catalog.uuid end
$$;

create or replace function tq_current_request() returns text
language sql stable as $$
  select case when pg_catalog.texteq(pg_catalog.current_setting('app.request_id', true), '') then null
              else pg_catalog.current_setting('app.request_id', true) end
$$;

-- clock_timestamp(), not now(): a row inserted and updated in one transaction still shows the update.
create or replace function tq_touch_row() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  new.updated_at := clock_timestamp();
  return new;
end $$;

create or replace function tq_stamp_actor() returns trigger
language plpgsql set search_path = public, pg_temp as $$
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
language plpgsql set search_path = public, pg_temp as $$
begin
  if old.deleted_at is null and new.deleted_at is not null then
    new.deleted_by := coalesce(new.deleted_by, tq_current_actor());
  elsif new.deleted_at is null then
    new.deleted_by := null;
  end if;
  return new;
end $$;
