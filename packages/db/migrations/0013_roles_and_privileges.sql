-- touriquest:also-on-push
-- Least privilege (core's roles.ts). Four roles, none of which logs in: operators create login users and grant
-- them membership, so no password is ever in a migration. Roles are cluster-wide, hence `if not exists`.
--   touriquest_migrator   owns every object here and runs migrations (the runner switches to it once it exists);
--   touriquest_app        what services use: DML on what services write, nothing else. No DDL, no TRUNCATE, and
--                         as a non-owner it cannot disable or drop a trigger, replace a function, detach a
--                         partition or read the `partitions` schema; it cannot change partition retention;
--   touriquest_readonly   reads what is not private;
--   touriquest_backoffice back-office jobs (sign-in before an actor is known, support tools): the app's rights
--                         plus every row of the private tables (their policies, 0014) and the audit log.
-- The append-only tables refuse UPDATE, DELETE and TRUNCATE from every role by trigger; here no service role
-- even holds those privileges on them, and the audit log is written only by the audit trigger (SECURITY
-- DEFINER, owned by the migrator), so no service can forge or read history it should not.
do $$
declare
  r text;
begin
  foreach r in array array['touriquest_migrator', 'touriquest_app', 'touriquest_readonly', 'touriquest_backoffice'] loop
    if not exists (select 1 from pg_roles where rolname = r) then
      execute format('create role %I nologin', r);
    end if;
  end loop;
end $$;
--> statement-breakpoint
-- The migrator takes over every object of ours, partitions included (extension members such as
-- spatial_ref_sys stay with their extension). Sequences owned by a column move with their table.
do $$
declare
  o record;
begin
  for o in
    select c.oid::regclass::text as name,
           case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' else 'table' end as kind
      from pg_class c
     where c.relnamespace in ('public'::regnamespace, to_regnamespace('partitions'), to_regnamespace('drizzle'))
       and c.relkind in ('r', 'p', 'v', 'm', 'S')
       and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                         and (d.deptype = 'e' or (c.relkind = 'S' and d.deptype in ('a', 'i'))))
  loop
    execute format('alter %s %s owner to touriquest_migrator', o.kind, o.name);
  end loop;
  for o in
    select p.oid::regprocedure::text as name, case p.prokind when 'p' then 'procedure' else 'function' end as kind
      from pg_proc p
     where p.pronamespace = 'public'::regnamespace
       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  loop
    execute format('alter %s %s owner to touriquest_migrator', o.kind, o.name);
  end loop;
  for o in
    select t.oid::regtype::text as name
      from pg_type t
     where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd')
       and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
  loop
    execute format('alter type %s owner to touriquest_migrator', o.name);
  end loop;
  if to_regnamespace('partitions') is not null then
    alter schema partitions owner to touriquest_migrator;
  end if;
  if to_regnamespace('drizzle') is not null then
    alter schema drizzle owner to touriquest_migrator;
  end if;
end $$;
--> statement-breakpoint
grant usage, create on schema public to touriquest_migrator;
--> statement-breakpoint
revoke create on schema public from public;
--> statement-breakpoint
grant usage on schema public to touriquest_app, touriquest_readonly, touriquest_backoffice;
--> statement-breakpoint
-- What services write; then the exceptions below.
grant select, insert, update, delete on all tables in schema public to touriquest_app, touriquest_backoffice;
--> statement-breakpoint
grant select on all tables in schema public to touriquest_readonly;
--> statement-breakpoint
grant usage, select on all sequences in schema public to touriquest_app, touriquest_backoffice;
--> statement-breakpoint
-- Tables the migrator creates from now on get the same grants.
alter default privileges for role touriquest_migrator in schema public
  grant select, insert, update, delete on tables to touriquest_app, touriquest_backoffice;
--> statement-breakpoint
alter default privileges for role touriquest_migrator in schema public grant select on tables to touriquest_readonly;
--> statement-breakpoint
alter default privileges for role touriquest_migrator in schema public
  grant usage, select on sequences to touriquest_app, touriquest_backoffice;
--> statement-breakpoint
-- Append-only: added to, never changed. The audit log is written by the audit trigger alone.
revoke insert, update, delete, truncate on audit_log from touriquest_app, touriquest_backoffice;
--> statement-breakpoint
revoke update, delete, truncate on payment_transactions, admin_audit_log, user_behavior_events, system_health_checks
  from touriquest_app, touriquest_backoffice;
--> statement-breakpoint
revoke select on audit_log from touriquest_app;
--> statement-breakpoint
-- Retention and months made ahead are the owner's: a service setting retention to 0 would drop history.
revoke insert, update, delete on partition_policies from touriquest_app, touriquest_backoffice;
--> statement-breakpoint
-- Private data (row-level security in 0014), the history that copies it, and settings with secrets (readers
-- have system_settings_public, which nulls them): not for readers.
revoke select on audit_log, outbox_events, user_auth, user_sessions, user_identities, user_preferences,
  notifications, booking_messages, ai_conversations, ai_messages, wishlists, wishlist_items,
  user_preference_learning, smart_recommendations, system_settings
  from touriquest_readonly;
--> statement-breakpoint
-- Status and doctor read the migration journal with a service's credentials.
grant usage on schema drizzle to touriquest_app, touriquest_readonly, touriquest_backoffice;
--> statement-breakpoint
grant select on all tables in schema drizzle to touriquest_app, touriquest_readonly, touriquest_backoffice;
