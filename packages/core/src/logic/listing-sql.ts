/**
 * SQL generators for logic that several listing domains (properties, POIs, experiences) share. Each takes
 * only names, so core knows no domain table; every function, trigger and constraint name is derived from
 * them exactly as the domain packages named theirs by hand before, so re-applying changes no name a
 * service or a test relies on.
 */

export interface CategoryTreeNames {
  /** The category table: `id uuid`, `parent_id` (self reference), `path ltree`, `deleted_at`. */
  table: string;
}

/**
 * Category tree. `path` = parent's path || this row's label (its id without dashes), so a slug change never
 * re-paths. A move re-paths the subtree in one statement; the tree lock serialises moves, or two concurrent
 * moves (A under B, B under A) could each pass the cycle check and commit a cycle together. Under READ
 * COMMITTED each statement of the trigger takes a fresh snapshot, so after the lock it sees the other move.
 *
 * A soft-deleted category has no live subcategories (`<table>_live_children_check`, and its mirror
 * `<table>_live_parent_check` for inserting, moving or restoring a live one under a deleted one), or the
 * live ones would hang below a category no reader sees.
 */
export function categoryTreeSql({ table: t }: CategoryTreeNames): string {
  return `
create or replace function ${t}_maintain_path() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_parent ltree;
  v_label ltree := replace(new.id::text, '-', '')::ltree;
begin
  if tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id then
    -- Only the subtree re-path below (nested trigger) may change a path without a move.
    if pg_trigger_depth() <= 1 then
      new.path := old.path;
    end if;
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('${t}:tree', 0));
  if new.parent_id is null then
    new.path := v_label;
    return new;
  end if;
  select path into v_parent from ${t} where id = new.parent_id;
  if v_parent is null then
    return new; -- unknown parent: the foreign key refuses the row
  end if;
  if tg_op = 'UPDATE' and v_parent <@ old.path then
    raise exception 'a category cannot be moved under itself or one of its descendants'
      using errcode = 'check_violation', constraint = '${t}_no_cycle_check';
  end if;
  new.path := v_parent || v_label;
  return new;
end $$;

-- Statement level, so the tree lock is taken before any row lock: a row-level lock taken after the row is
-- locked could deadlock with a concurrent move re-pathing that row. Inserts take it too, or a child could
-- read its parent's path just before a committed move and keep a stale path. Soft deletes and restores take
-- it so the live-children rule below cannot race an insert or a move under the same parent.
create or replace function ${t}_lock_tree() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('${t}:tree', 0));
  return null;
end $$;

create or replace trigger ${t}_tree_lock_trg before insert or update of parent_id, deleted_at on ${t}
  for each statement execute function ${t}_lock_tree();

create or replace trigger ${t}_path_trg before insert or update of parent_id, path on ${t}
  for each row execute function ${t}_maintain_path();

create or replace function ${t}_repath_subtree() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.path is distinct from old.path then
    update ${t}
       set path = new.path || subpath(path, nlevel(old.path))
     where path <@ old.path and id <> new.id;
  end if;
  return null;
end $$;

create or replace trigger ${t}_repath_trg after update of parent_id on ${t}
  for each row execute function ${t}_repath_subtree();

-- AFTER ROW triggers fire once the whole statement has written its rows, so soft-deleting (or restoring) a
-- parent together with its subtree in one statement passes.
create or replace function ${t}_live_tree_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and new.deleted_at is not distinct from old.deleted_at
     and new.parent_id is not distinct from old.parent_id then
    return null;
  end if;
  if new.deleted_at is not null then
    if exists (select 1 from ${t} c where c.parent_id = new.id and c.deleted_at is null) then
      raise exception 'category % still has live subcategories: delete or move them first', new.id
        using errcode = 'check_violation', constraint = '${t}_live_children_check';
    end if;
  elsif exists (select 1 from ${t} p where p.id = new.parent_id and p.deleted_at is not null) then
    raise exception 'parent category % is deleted: a live category cannot sit under it', new.parent_id
      using errcode = 'check_violation', constraint = '${t}_live_parent_check';
  end if;
  return null;
end $$;

create or replace trigger ${t}_live_tree_trg after insert or update of parent_id, deleted_at on ${t}
  for each row execute function ${t}_live_tree_rule();
`;
}

export interface SlugHistoryNames {
  /** The listing table with a `slug` column, e.g. `pois`. */
  table: string;
  /** Singular entity: names the history table `<entity>_slug_history`, its `<entity>_id` column and the lock key. */
  entity: string;
  /** How the error message names the listing, e.g. `POI`. */
  noun: string;
}

/**
 * Slug history: a retired slug keeps redirecting to its listing, so no other listing may take it.
 *
 * No advisory locks (one per row exhausted the lock table on a 20,000-row import): the live-only unique
 * index is the serialisation point. An insert or rename to slug `s` while another transaction renames its
 * live listing away from `s` waits in that index for the rename to commit or roll back; the reservation
 * check runs in an AFTER trigger, i.e. after that wait, and under READ COMMITTED each statement of a
 * trigger takes a fresh snapshot, so it sees the committed history row and refuses. Inserts check once per
 * statement over the transition table; renames check per row.
 *
 * A soft-deleted listing has no claim on its current slug (the unique index is live-only, so another
 * listing may already hold it): renaming it records no redirect. Its earlier redirects stay reserved.
 */
export function slugHistorySql({ table: t, entity, noun }: SlugHistoryNames): string {
  const history = `${entity}_slug_history`;
  const owner = `${entity}_id`;
  const refuse = (
    slug: string,
  ) => `raise exception 'slug "%" used to belong to another ${noun} and still redirects there', ${slug}
      using errcode = 'check_violation', constraint = '${t}_slug_reserved_check';`;
  return `
create or replace function ${t}_slug_reserved_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_slug text;
begin
  select n.slug into v_slug from ${t}_inserted n
   where exists (select 1 from ${history} h where h.slug = n.slug and h.${owner} <> n.id)
   limit 1;
  if found then
    ${refuse('v_slug')}
  end if;
  return null;
end $$;

create or replace trigger ${t}_slug_reserved_insert_trg after insert on ${t}
  referencing new table as ${t}_inserted
  for each statement execute function ${t}_slug_reserved_on_insert();

create or replace function ${t}_record_slug_change() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.slug is not distinct from old.slug then
    return null;
  end if;
  if exists (select 1 from ${history} h where h.slug = new.slug and h.${owner} <> new.id) then
    ${refuse('new.slug')}
  end if;
  -- Taking back one of its own old slugs: that slug is current again, not a redirect.
  delete from ${history} where slug = new.slug and ${owner} = new.id;
  if old.deleted_at is null then
    -- A conflict means another listing took the old slug while this one was soft-deleted and has since
    -- moved on: that later redirect stands; this row has no claim.
    insert into ${history} (${owner}, slug) values (new.id, old.slug)
      on conflict (slug) do nothing;
  end if;
  return null;
end $$;

create or replace trigger ${t}_slug_history_trg after update of slug on ${t}
  for each row execute function ${t}_record_slug_change();
`;
}

export interface TimezoneRuleNames {
  /** The table with an IANA `timezone` text column. */
  table: string;
  /** A zone the error message offers as an example, e.g. `Asia/Tokyo`. */
  example: string;
}

// A CHECK cannot consult the zone database; a trigger can, through core's time_zones table (pg_timezone_names
// as rows). Not AT TIME ZONE: it also takes POSIX strings such as '+01:00' (read as UTC−1) and 'XYZ+3'.
// Inserts are checked once per statement, one anti-join over the transition table (a per-row lookup was a
// tenth of a 20,000-row import); updates of the zone row by row, since a trigger with a column list cannot
// have transition tables and without one every update would pay for the check. Both see the row as stored.
export function timezoneRuleSql({ table: t, example }: TimezoneRuleNames): string {
  const refuse = (
    zone: string,
  ) => `raise exception 'timezone "%" is not a zone of the server''s zone database, such as ${example}', ${zone}
      using errcode = 'check_violation', constraint = '${t}_timezone_check';`;
  return `
create or replace function ${t}_timezone_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from time_zones where name = new.timezone) then
    ${refuse('new.timezone')}
  end if;
  return new;
end $$;

create or replace trigger ${t}_timezone_trg before update of timezone on ${t}
  for each row execute function ${t}_timezone_rule();

create or replace function ${t}_timezone_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_zone text;
begin
  select n.timezone into v_zone from ${t}_inserted n
   where not exists (select 1 from time_zones z where z.name = n.timezone)
   limit 1;
  if found then
    ${refuse('v_zone')}
  end if;
  return null;
end $$;

create or replace trigger ${t}_timezone_insert_trg after insert on ${t}
  referencing new table as ${t}_inserted
  for each statement execute function ${t}_timezone_on_insert();
`;
}

export interface ListingSearchInsertNames {
  /** The listing table: default_locale, summary, description, location, city, country_code, status, deleted_at. */
  table: string;
  /** The search_index `entity_type`. */
  entity: string;
  /** The title column: `title` or `name`. */
  titleColumn: string;
}

/**
 * The search_index documents of newly inserted listings, once per statement over the transition table: an
 * import of 20,000 listings is one INSERT … SELECT into search_index, not 20,000 function calls. A new
 * listing has no translations yet, so its one document is in its default_locale. Updates and deletes stay
 * row by row (a transition table cannot go with the column list that keeps untouched rows quiet).
 */
export function listingSearchInsertSql({
  table: t,
  entity,
  titleColumn: title,
}: ListingSearchInsertNames): string {
  return `create or replace function ${t}_search_index_on_insert() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regclass('public.search_index') is null then
    return null; -- content is installed later in the same run (or not at all)
  end if;
  insert into search_index as s
    (entity_type, entity_id, locale, title, body, location, city, country_code, boost, is_visible)
  select '${entity}', n.id, n.default_locale, coalesce(n.${title}, ''),
         nullif(concat_ws(E'\\n\\n', n.summary, n.description), ''), n.location, n.city, n.country_code::text, 1,
         n.status = 'active'
    from ${t}_inserted n
   where n.deleted_at is null
  on conflict (entity_type, entity_id, locale) do update set
    title = excluded.title, body = excluded.body, location = excluded.location, city = excluded.city,
    country_code = excluded.country_code, boost = excluded.boost, is_visible = excluded.is_visible;
  return null;
end $$;

create or replace trigger ${t}_search_index_insert_trg after insert on ${t}
  referencing new table as ${t}_inserted
  for each statement execute function ${t}_search_index_on_insert();
`;
}

export interface ListingSearchSyncNames {
  /** The listing table, e.g. `pois`; it has default_locale, summary, description, location, city, country_code, status, deleted_at. */
  table: string;
  /** Singular entity: the search_index `entity_type`, the `<entity>_id` column of the translations, and `tq_<entity>_sync_search_index`. */
  entity: string;
  /** The translations table, e.g. `poi_translations` (locale, the title column, summary, description, search_config). */
  translations: string;
  /** The title column, the same in both tables: `name` for POIs, `title` for experiences. */
  titleColumn: string;
}

/**
 * search_index documents of a listing with translations: one in its default_locale from the listing row, one
 * per translation in other locales (a translation in the default locale is not indexed: the listing's own
 * text is canonical). Every change recomputes the listing's whole set, so a status/location change reaches
 * the translated documents too and stale locales disappear. Non-active listings stay indexed but hidden;
 * deleted ones are removed. The guards let the tables work before content's functions exist (installed in
 * the same run); until then a translation falls back to the 'simple' text search configuration.
 */
export function listingSearchSyncSql({
  table: t,
  entity,
  translations: tr,
  titleColumn: title,
}: ListingSearchSyncNames): string {
  const sync = `tq_${entity}_sync_search_index`;
  const param = `p_${entity}`;
  const owner = `${entity}_id`;
  return `
create or replace function ${sync}(${param} uuid) returns void
language plpgsql set search_path = public, pg_temp as $$
declare
  v ${t}%rowtype;
  t record;
begin
  if to_regprocedure('tq_search_index_upsert(text,uuid,text,text,text,geometry,text,text,real,boolean)') is null then
    return;
  end if;
  select * into v from ${t} where id = ${param};
  if not found or v.deleted_at is not null then
    perform tq_search_index_remove('${entity}', ${param}, null);
    return;
  end if;
  delete from search_index s
   where s.entity_type = '${entity}' and s.entity_id = ${param} and s.locale <> v.default_locale
     and not exists (select 1 from ${tr} tr where tr.${owner} = ${param} and tr.locale = s.locale);
  perform tq_search_index_upsert(
    '${entity}', v.id, v.default_locale, v.${title}, nullif(concat_ws(E'\\n\\n', v.summary, v.description), ''),
    v.location, v.city, v.country_code::text, 1.0::real, v.status = 'active');
  for t in select * from ${tr} where ${owner} = ${param} and locale <> v.default_locale loop
    perform tq_search_index_upsert(
      '${entity}', v.id, t.locale, t.${title}, nullif(concat_ws(E'\\n\\n', t.summary, t.description), ''),
      v.location, v.city, v.country_code::text, 1.0::real, v.status = 'active');
  end loop;
end $$;

create or replace function ${t}_search_index_trigger() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'DELETE' then
    perform ${sync}(old.id);
  else
    perform ${sync}(new.id);
  end if;
  return null;
end $$;

${listingSearchInsertSql({ table: t, entity, titleColumn: title })}
create or replace trigger ${t}_search_index_trg
  after delete or update of ${title}, summary, description, location, city, country_code, status,
    deleted_at, default_locale
  on ${t}
  for each row execute function ${t}_search_index_trigger();

create or replace function ${tr}_search_index_trigger() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform ${sync}(old.${owner});
  end if;
  if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.${owner} <> old.${owner}) then
    perform ${sync}(new.${owner});
  end if;
  return null;
end $$;

create or replace trigger ${tr}_search_index_trg
  after insert or delete or update of ${owner}, locale, ${title}, summary, description
  on ${tr}
  for each row execute function ${tr}_search_index_trigger();

create or replace function ${tr}_set_config() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if to_regprocedure('tq_locale_regconfig(text)') is not null then
    new.search_config := tq_locale_regconfig(new.locale);
  else
    new.search_config := coalesce(new.search_config, 'simple'::regconfig);
  end if;
  return new;
end $$;

create or replace trigger ${tr}_config_trg
  before insert or update of locale, search_config on ${tr}
  for each row execute function ${tr}_set_config();
`;
}
