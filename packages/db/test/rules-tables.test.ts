import { coreRules, queryRows, sql, toRuleError } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { is } from 'drizzle-orm';
import { getMaterializedViewConfig, getTableConfig, PgMaterializedView, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { allLogic } from '../src/logic';
import { allRules } from '../src/rules';
import { domains } from '../src/schema';

type Domain = keyof typeof domains;

/** The package folder of each domain, as in `packages/<folder>/src/sql`. */
const folderOf = (d: Domain) => (d === 'aiAdmin' ? 'ai-admin' : d);

/** Table name → the domain whose schema defines it. */
const ownerOf = new Map<string, Domain>();
for (const [domain, mod] of Object.entries(domains) as [Domain, Record<string, unknown>][])
  for (const v of Object.values(mod)) {
    if (is(v, PgTable)) ownerOf.set(getTableConfig(v).name, domain);
    if (is(v, PgMaterializedView)) ownerOf.set(getMaterializedViewConfig(v).name, domain);
  }

/** Names each package's SQL raises with `using … constraint = '<name>'`, by domain. */
function raisedBySql(): Map<Domain, Set<string>> {
  const raised = new Map<Domain, Set<string>>();
  for (const item of allLogic) {
    const folder = /\/packages\/([a-z-]+)\/src\/sql\//.exec(item.file ?? '')?.[1];
    const domain = (Object.keys(domains) as Domain[]).find((d) => folderOf(d) === folder);
    if (!domain) throw new Error(`logic file outside a domain package: ${item.file}`);
    for (const m of item.sql.matchAll(/constraint\s*=\s*'([a-z0-9_]+)'/g))
      raised.set(domain, (raised.get(domain) ?? new Set()).add(m[1] as string));
  }
  return raised;
}

describe('rules tables', () => {
  it('every rule has a code and a sentence, and no rule is declared by two packages', () => {
    const declaredBy = new Map<string, string[]>();
    for (const [domain, table] of Object.entries(allRules))
      for (const [rule, spec] of Object.entries(table)) {
        expect(spec.code, rule).toMatch(/^[a-z]+(_[a-z]+)*$/);
        expect(spec.message.length, rule).toBeGreaterThan(8);
        declaredBy.set(rule, [...(declaredBy.get(rule) ?? []), domain]);
      }
    expect([...declaredBy].filter(([, by]) => by.length > 1)).toEqual([]);
  });
});

describeEngines('rules tables against the catalog and the SQL, both ways', (ctx) => {
  /** Named rules of the migrated catalog by table: constraints, unique indexes, append-only guards. */
  async function catalogRules() {
    // Extensions' tables (PostGIS's spatial_ref_sys) are not ours to describe.
    const rows = await queryRows<{ table: string; rule: string; kind: string }>(
      ctx.db,
      sql`select * from (select c.relname as "table", k.conname as rule, k.contype::text as kind
            from pg_constraint k join pg_class c on c.oid = k.conrelid
           where c.relnamespace = 'public'::regnamespace and not c.relispartition and k.contype in ('c', 'u', 'x', 'p', 'f')
          union all
          select c.relname, i.relname, 'i'
            from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
           where c.relnamespace = 'public'::regnamespace and not c.relispartition and x.indisunique
             and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
          union all
          select c.relname,
                 coalesce((regexp_match(pg_get_triggerdef(t.oid), 'tq_forbid_mutation[(]''([a-z0-9_]+)''[)]'))[1], c.relname)
                   || '_append_only',
                 'g'
            from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
           where p.proname = 'tq_forbid_mutation' and not c.relispartition) r
          where not exists (select 1 from pg_depend d
                             where d.objid = (select oid from pg_class where relname = r."table" and relnamespace = 'public'::regnamespace)
                               and d.deptype = 'e')`,
    );
    // The guard (tq_forbid_mutation) raises `<its argument, else the table>_append_only`.
    return rows;
  }

  it('every CHECK, unique, exclusion, unique index and append-only guard of a table is in its package’s table', async () => {
    const missing: string[] = [];
    for (const r of await catalogRules()) {
      if (r.kind === 'p' || r.kind === 'f') continue; // keys and references: declared where a sentence helps
      const owner = ownerOf.get(r.table);
      if (!owner) {
        missing.push(`${r.table}.${r.rule}: table not in any package schema`);
        continue;
      }
      if (!Object.hasOwn(allRules[owner], r.rule)) missing.push(`${owner}Rules lacks ${r.rule} (${r.table})`);
    }
    expect(missing).toEqual([]);
  });

  it('every name the SQL raises is in the raising package’s table', () => {
    const missing: string[] = [];
    for (const [domain, names] of raisedBySql())
      for (const name of names)
        if (!Object.hasOwn(allRules[domain], name)) missing.push(`${domain}: ${name}`);
    expect(missing).toEqual([]);
  });

  it('every entry of a table is a rule of that package’s tables in the catalog, or raised by its SQL', async () => {
    const catalog = await catalogRules();
    const raised = raisedBySql();
    const orphans: string[] = [];
    for (const [domain, table] of Object.entries(allRules) as [Domain, Record<string, unknown>][])
      for (const rule of Object.keys(table)) {
        const inCatalog = catalog.some((r) => r.rule === rule && ownerOf.get(r.table) === domain);
        if (!inCatalog && !raised.get(domain)?.has(rule)) orphans.push(`${domain}: ${rule}`);
      }
    expect(orphans).toEqual([]);
  });

  it('an error carries its rule’s code and sentence — a trigger rule’s too, with the database’s detail', async () => {
    await ctx.db.execute(
      sql`insert into audit_log (table_name, record_id, action) values ('users', uuid_generate_v7(), 'insert')`,
    );
    const err = await expectRule(ctx.db, 'audit_log_append_only', (sp) =>
      sp.execute(sql`update audit_log set action = 'delete' where table_name = 'users'`),
    );
    const mapped = toRuleError(err.cause, coreRules);
    expect(mapped?.code).toBe('not_allowed');
    expect(mapped?.message).toBe(`${coreRules.audit_log_append_only.message} (audit_log_append_only)`);
    expect(mapped?.detail).toMatch(/audit_log is append-only: update is not allowed/);
    // Without the table the error still names the rule, with the database's own words and the kind's code.
    expect(toRuleError(err.cause)?.code).toBe('invalid_input');
    expect(toRuleError(err.cause)?.message).toMatch(/append-only.*\(audit_log_append_only\)$/);
  });
});
