import { SQL, sql } from 'drizzle-orm';
import type { TestDb } from './index';
import { core } from './load';

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return `'${s.replace(/'/g, "''")}'`;
}

/** The plan of a query builder (parameters inlined as literals) or of an SQL fragment, as one text. */
export async function explain(
  db: TestDb,
  query: SQL | { toSQL(): { sql: string; params: unknown[] } },
): Promise<string> {
  const { queryRows } = await core();
  let stmt: SQL;
  if (!(query instanceof SQL)) {
    const { sql: text, params } = query.toSQL();
    stmt = sql.raw(`explain ${text.replace(/\$(\d+)/g, (_, n) => literal(params[Number(n) - 1]))}`);
  } else {
    stmt = sql`explain ${query}`;
  }
  const rows = await queryRows<{ 'QUERY PLAN': string }>(db, stmt);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}
