import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { queryRows } from './raw';

export interface ActorContext {
  /** The user (or service account) on whose behalf the transaction runs; lands in audit_log and *_by columns. */
  actorId: string | null;
  /** Correlates audit rows with a request log line. */
  requestId?: string;
}

/**
 * Run `fn` in a transaction whose changes are attributed to `actor`. The settings are transaction-local
 * (`set_config(..., true)`), so they never leak to the next user of a pooled connection (PgBouncer-safe).
 * Inside an outer transaction this is a savepoint, and a local setting would outlive it until the outer
 * commit — so the previous actor is put back when `fn` returns (on an error the savepoint's rollback
 * restores it by itself).
 */
export async function withActor<T, TDb extends Db>(
  db: TDb,
  actor: ActorContext | string | null,
  fn: (tx: TDb) => Promise<T>,
): Promise<T> {
  const ctx: ActorContext = typeof actor === 'string' || actor === null ? { actorId: actor } : actor;
  return db.transaction(async (tx) => {
    const [before] = await queryRows<{ actor: string; request: string }>(
      tx as unknown as Db,
      sql`select coalesce(current_setting('app.actor_id', true), '') as actor,
                 coalesce(current_setting('app.request_id', true), '') as request`,
    );
    await tx.execute(
      sql`select set_config('app.actor_id', ${ctx.actorId ?? ''}, true), set_config('app.request_id', ${ctx.requestId ?? ''}, true)`,
    );
    const result = await fn(tx as unknown as TDb);
    await tx.execute(
      sql`select set_config('app.actor_id', ${before?.actor ?? ''}, true), set_config('app.request_id', ${before?.request ?? ''}, true)`,
    );
    return result;
  }) as Promise<T>;
}
