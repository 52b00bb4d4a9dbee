import { sql } from 'drizzle-orm';
import type { Db } from './client';

export interface ActorContext {
  /** The user (or service account) on whose behalf the transaction runs; lands in audit_log and *_by columns. */
  actorId: string | null;
  /** Correlates audit rows with a request log line. */
  requestId?: string;
}

/**
 * Run `fn` in a transaction whose changes are attributed to `actor`. The settings are transaction-local
 * (`set_config(..., true)`), so they never leak to the next user of a pooled connection (PgBouncer-safe).
 */
export async function withActor<T, TDb extends Db>(
  db: TDb,
  actor: ActorContext | string | null,
  fn: (tx: TDb) => Promise<T>,
): Promise<T> {
  const ctx: ActorContext = typeof actor === 'string' || actor === null ? { actorId: actor } : actor;
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.actor_id', ${ctx.actorId ?? ''}, true), set_config('app.request_id', ${ctx.requestId ?? ''}, true)`,
    );
    return fn(tx as unknown as TDb);
  }) as Promise<T>;
}
