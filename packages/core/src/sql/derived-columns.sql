-- The derived-column guards are per table (core's writeGuardSql renders `<table>_write_guard`). They let the
-- table's owner through: the role that runs deploys and repairs, which could disable the trigger anyway.
create or replace function tq_is_table_owner(p_table oid) returns boolean
language sql stable set search_path = public, pg_temp as $$
  select exists (select 1 from pg_catalog.pg_class c where c.oid = p_table and c.relowner =
    (select r.oid from pg_catalog.pg_roles r where r.rolname = current_user))
$$;
