/**
 * Supabase splinter's lints (https://supabase.github.io/splinter/) that concern our functions and views, run
 * over the migrated database:
 * - 0011 function_search_path_mutable: every function of ours pins `search_path` (the repeatable SQL says
 *   `set search_path = public, pg_temp`), so a caller's path can neither break nor hijack its names;
 * - 0010 security_definer_view: a view runs with its owner's rights unless it has `security_invoker`;
 * - SECURITY DEFINER functions run with their owner's rights: each one is reviewed here by name.
 * A new exception needs its name and a written reason below.
 */
import { queryRows, sql } from '@touriquest/core';
import { describeEngines } from '@touriquest/testing';
import { expect, it } from 'vitest';

/** The one value every pinned function uses: PostGIS and all our objects live in public; pg_catalog is implicit. */
const searchPath = 'public, pg_temp';

/**
 * Functions without a pinned search_path, and why. Each one must name every object it uses with its schema
 * (`pg_catalog.` / `public.`), operators included, since it runs under its caller's search_path.
 */
const unpinned: Record<string, string> = {
  tq_current_actor:
    'inlined (one-line stable SQL) into the stamp/audit triggers of every write and into outbox inserts; a SET ' +
    'clause stops inlining and made a call ~5x slower (0.9 → 5.3 µs on PostgreSQL 15). Every name in it is ' +
    'pg_catalog-qualified; the test below proves it on a hostile search_path.',
  tq_current_request:
    'inlined into tq_audit_rows on every audited write, as tq_current_actor; every name pg_catalog-qualified.',
  uuid_generate_v7:
    'the id default of every table, inlined into each INSERT; a SET clause would stop that and cost ~4 µs per ' +
    'id on bulk loads. It is not SECURITY DEFINER and runs only as the default of the inserting session, so ' +
    'a search_path that shadows what it calls can mislead no one but that session itself.',
};

/** Inlined functions among `unpinned`: the reason holds only while PostgreSQL does inline them. */
const inlined = ['tq_current_actor', 'tq_current_request'];

/**
 * Views that run with their owner's rights (no `security_invoker=true`), and why. Views are stateful: changing
 * one is a migration.
 */
const ownerRightsViews: Record<string, string> = {
  system_settings_public:
    'a masking view: it shows system_settings with secret values nulled, so it must read the table with its ' +
    "owner's rights; a role given this view must not get the table. With security_invoker it would need SELECT " +
    'on system_settings, secrets included: touriquest_readonly has the view and not the table (0013).',
};

/** SECURITY DEFINER functions, each reviewed (argument checks, pinned search_path, EXECUTE revoked from public). */
const securityDefiner: Record<string, string> = {
  tq_audit_rows:
    'the audit trigger: services hold no privilege on audit_log (0013), so it writes the log as its owner ' +
    'touriquest_migrator. A trigger function cannot be called directly; it takes nothing from the caller but ' +
    'the rows and the transaction actor, and its search_path is pinned. least-privilege.test.ts proves an app ' +
    'write is audited while the app can neither read nor write the log.',
};

const ours = sql`not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                               and d.deptype = 'e')`;

describeEngines('splinter lints over functions and views', (ctx) => {
  it('0011: every function of ours pins search_path (public, pg_temp), except the allowlisted ones', async () => {
    const fns = await queryRows<{ name: string; schema: string; path: string | null }>(
      ctx.db,
      sql`select p.proname as name, n.nspname as schema,
                 (select substr(c, length('search_path=') + 1) from unnest(p.proconfig) c
                   where c like 'search_path=%') as path
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and p.prokind in ('f', 'p') and ${ours}
           order by 1`,
    );
    expect(fns.length).toBeGreaterThan(90);
    const missing = fns.filter((f) => f.path === null && !(f.name in unpinned)).map((f) => f.name);
    expect(missing, 'functions without `set search_path = public, pg_temp`').toEqual([]);
    const otherPath = fns
      .filter((f) => f.path !== null && f.path !== searchPath)
      .map((f) => `${f.name}: ${f.path}`);
    expect(otherPath).toEqual([]);
    // An allowlisted function that is pinned by now (or gone) leaves the list.
    const stale = Object.keys(unpinned).filter(
      (name) => !fns.some((f) => f.name === name && f.path === null),
    );
    expect(stale, 'allowlisted but pinned or gone').toEqual([]);
  });

  it('the unpinned functions are still inlined, and read the request context on a hostile search_path', async () => {
    await ctx.rollback(async (tx) => {
      for (const fn of inlined) {
        const plan = await queryRows<{ 'QUERY PLAN': string }>(
          tx,
          sql.raw(`explain (verbose, costs off) select public.${fn}()`),
        );
        const text = plan.map((r) => r['QUERY PLAN']).join('\n');
        expect(text, `${fn} is inlined`).toMatch(/current_setting/);
        expect(text, `${fn} is inlined`).not.toContain(fn);
      }
      // A schema ahead of pg_catalog shadowing the function and the operator an unqualified body would use.
      for (const ddl of [
        'create schema tq_lint_shadow',
        `create function tq_lint_shadow.current_setting(text, boolean) returns text language sql
           as $$ select '00000000-0000-7000-8000-00000000dead' $$`,
        'create function tq_lint_shadow.always(text, text) returns boolean language sql as $$ select true $$',
        'create operator tq_lint_shadow.= (leftarg = text, rightarg = text, function = tq_lint_shadow.always)',
      ])
        await tx.execute(sql.raw(ddl));
      await tx.execute(sql`select set_config('app.actor_id', '01930000-0000-7000-8000-000000000001', true),
                                  set_config('app.request_id', 'req-lint', true)`);
      await tx.execute(sql`set local search_path = tq_lint_shadow, pg_catalog, public`);
      const [row] = await queryRows<{ actor: string | null; request: string | null }>(
        tx,
        sql`select public.tq_current_actor()::text as actor, public.tq_current_request() as request`,
      );
      expect(row).toEqual({ actor: '01930000-0000-7000-8000-000000000001', request: 'req-lint' });
      await tx.execute(
        sql`select set_config('app.actor_id', '', true), set_config('app.request_id', '', true)`,
      );
      const [unset] = await queryRows<{ actor: string | null; request: string | null }>(
        tx,
        sql`select public.tq_current_actor()::text as actor, public.tq_current_request() as request`,
      );
      expect(unset).toEqual({ actor: null, request: null });
    });
  });

  it("0010: every view that runs with its owner's rights is allowlisted with a reason", async () => {
    const views = await queryRows<{ name: string }>(
      ctx.db,
      sql`select c.relname as name from pg_class c
           where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'
             and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                               and d.deptype = 'e')
             and not exists (select 1 from unnest(c.reloptions) o
                              where lower(o) in ('security_invoker=true', 'security_invoker=on', 'security_invoker=1'))
           order by 1`,
    );
    expect(views.map((v) => v.name)).toEqual(Object.keys(ownerRightsViews).sort());
  });

  it('every SECURITY DEFINER function is reviewed', async () => {
    const fns = await queryRows<{ name: string }>(
      ctx.db,
      sql`select p.proname as name from pg_proc p
           where p.pronamespace = 'public'::regnamespace and p.prosecdef and ${ours} order by 1`,
    );
    expect(fns.map((f) => f.name)).toEqual(Object.keys(securityDefiner).sort());
  });
});
