/**
 * One row, two judges: the insert zod schema and the database (an INSERT inside a savepoint that is
 * always rolled back). A service inserts what zod hands back, so an accepted row is inserted as parsed;
 * a refused one is inserted as given, to see whether the database would have refused it too.
 */
import { TransactionRollbackError } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { TestDb } from '../index';
import { core } from '../load';
import { ABSENT } from './candidates';

export interface ZodLike {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export type Verdict = { accepted: true } | { accepted: false; reason: string; rule?: string; code?: string };

/** The row with every ABSENT key removed (a real client simply leaves the key out). */
export function materialise(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ABSENT));
}

export function judgeZod(schema: ZodLike, row: Record<string, unknown>): Verdict & { data?: unknown } {
  const r = schema.safeParse(row);
  if (r.success) return { accepted: true, data: r.data };
  const reason = r.error.issues
    .map((i) => `${i.path.map(String).join('.') || '(row)'}: ${i.message}`)
    .join('; ');
  return { accepted: false, reason };
}

class Rollback extends Error {}

/** Insert `row` into `table` in a savepoint of `tx` and roll it back; the database's verdict. */
export async function judgeDatabase(
  tx: TestDb,
  table: PgTable,
  row: Record<string, unknown>,
): Promise<Verdict> {
  const { pgErrorOf, toRuleError } = await core();
  try {
    await tx.transaction(async (sp) => {
      await sp.insert(table).values(row as never);
      throw new Rollback();
    });
  } catch (err) {
    if (err instanceof Rollback || err instanceof TransactionRollbackError) return { accepted: true };
    const pg = pgErrorOf(err);
    if (!pg) {
      // Refused before SQL was sent (e.g. the point type refuses out-of-range coordinates in the driver).
      return { accepted: false, reason: `driver: ${(err as Error).message}`, rule: 'driver' };
    }
    const mapped = toRuleError(err);
    return {
      accepted: false,
      rule: mapped?.rule ?? pg.code,
      code: pg.code,
      reason: `${mapped?.rule ?? pg.code}: ${pg.message}`,
    };
  }
  return { accepted: true };
}

/** SQLSTATEs of rules between rows: they say nothing about a single row's validity. */
export const crossRowCodes = new Set(['23505', '23503', '23P01', '40001', '40P01']);
