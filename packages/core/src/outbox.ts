import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { outboxEvents } from './schema/outbox';

export type OutboxEvent = typeof outboxEvents.$inferSelect;

export interface NewOutboxEvent {
  /** `<aggregate>.<event>`, e.g. `booking.confirmed`. */
  topic: string;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/**
 * Record an event inside the caller's transaction: it becomes visible to deliverers exactly when the change
 * it announces commits. Pass the transaction, not the pool.
 */
export async function publishEvent(tx: Db, event: NewOutboxEvent): Promise<OutboxEvent> {
  const [row] = await tx
    .insert(outboxEvents)
    .values({ ...event, payload: event.payload ?? {}, actorId: sql`tq_current_actor()` })
    .returning();
  return row!;
}

/**
 * Claim up to `limit` unpublished events in commit order, locked so that concurrent deliverers never get
 * the same event (`for update skip locked`). Call inside a transaction and mark them published in it.
 */
export async function claimOutboxEvents(tx: Db, opts: { limit?: number; topics?: string[] } = {}) {
  return tx
    .select()
    .from(outboxEvents)
    .where(
      and(
        isNull(outboxEvents.publishedAt),
        opts.topics ? inArray(outboxEvents.topic, opts.topics) : undefined,
      ),
    )
    .orderBy(asc(outboxEvents.seq))
    .limit(opts.limit ?? 100)
    .for('update', { skipLocked: true });
}

export async function markEventsPublished(tx: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(outboxEvents).set({ publishedAt: sql`now()` }).where(inArray(outboxEvents.id, ids));
}

/**
 * One delivery round: claim a batch, hand events to `deliver` in order, mark the delivered ones. The first
 * failure stops the round (later events wait, so order is kept) and is recorded on that event.
 */
export async function deliverOutbox(
  db: Db,
  deliver: (event: OutboxEvent) => Promise<void>,
  opts: { limit?: number; topics?: string[] } = {},
): Promise<{ delivered: number; failed: number }> {
  return db.transaction(async (tx) => {
    const events = await claimOutboxEvents(tx as unknown as Db, opts);
    const done: string[] = [];
    for (const event of events) {
      try {
        await deliver(event);
        done.push(event.id);
      } catch (err) {
        await markEventsPublished(tx as unknown as Db, done);
        await tx
          .update(outboxEvents)
          .set({
            attempts: sql`${outboxEvents.attempts} + 1`,
            lastError: err instanceof Error ? err.message : String(err),
          })
          .where(sql`${outboxEvents.id} = ${event.id}`);
        return { delivered: done.length, failed: 1 };
      }
    }
    await markEventsPublished(tx as unknown as Db, done);
    return { delivered: done.length, failed: 0 };
  });
}
