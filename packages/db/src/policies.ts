/**
 * The row-level policies of the schema as SQL, from their `pgPolicy` definitions. drizzle-kit 0.31's push
 * creates a policy without its USING and WITH CHECK expressions (drizzle-orm#3504, fixed only in v1), which
 * would leave a pushed database's private tables guarded by nothing; `generate` writes them correctly. So the
 * push path re-creates every policy from this after the kit has run.
 */
import { is } from 'drizzle-orm';
import { getTableConfig, PgDialect, PgRole, PgTable } from 'drizzle-orm/pg-core';
import { schema } from './schema';

const dialect = new PgDialect({ casing: 'snake_case' });
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function policyStatements(): string[] {
  const out: string[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    for (const p of config.policies) {
      const to = (Array.isArray(p.to) ? p.to : [p.to ?? 'public'])
        .map((r) => (is(r, PgRole) ? quote(r.name) : String(r)))
        .join(', ');
      const expr = (clause: string, s: typeof p.using) =>
        s ? ` ${clause} (${dialect.sqlToQuery(s).sql})` : '';
      out.push(
        `drop policy if exists ${quote(p.name)} on ${quote(config.name)}`,
        `create policy ${quote(p.name)} on ${quote(config.name)} as ${p.as ?? 'permissive'} for ${p.for ?? 'all'} to ${to}` +
          `${expr('using', p.using)}${expr('with check', p.withCheck)}`,
      );
    }
  }
  return out;
}
