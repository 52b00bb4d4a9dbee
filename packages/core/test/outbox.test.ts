import { createScratchServerDatabase, describeEngines, describeServer } from '@touriquest/testing';
import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  claimOutboxEvents,
  deliverOutbox,
  markEventsPublished,
  outboxEvents,
  publishEvent,
  withActor,
} from '../src';

const aggregateId = '0192f0c4-0000-7000-8000-000000000001';

describeEngines('transactional outbox', (ctx) => {
  it('publishes an event only if the surrounding transaction commits', () =>
    ctx.rollback(async (tx) => {
      const before = await tx.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, aggregateId));
      await tx
        .transaction(async (inner) => {
          await publishEvent(inner, { topic: 'booking.confirmed', aggregateType: 'booking', aggregateId });
          inner.rollback();
        })
        .catch(() => {});
      const after = await tx.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, aggregateId));
      expect(after.length).toBe(before.length);
      const event = await withActor(tx, aggregateId, (a) =>
        publishEvent(a, {
          topic: 'booking.confirmed',
          aggregateType: 'booking',
          aggregateId,
          payload: { nights: 2 },
        }),
      );
      expect(event).toMatchObject({ topic: 'booking.confirmed', publishedAt: null, actorId: aggregateId });
    }));

  it('delivers in commit order and stops at the first failure so order is kept', () =>
    ctx.rollback(async (tx) => {
      const published = [];
      for (const n of [1, 2, 3]) {
        published.push(
          await publishEvent(tx, { topic: 'test.step', aggregateType: 'test', aggregateId, payload: { n } }),
        );
      }
      const ids = published.map((e) => e.id);
      const seen: number[] = [];
      const round = await deliverOutbox(
        tx,
        async (e) => {
          if (!ids.includes(e.id)) return;
          if (e.payload.n === 3) throw new Error('mail server down');
          seen.push(e.payload.n as number);
        },
        { topics: ['test.step'] },
      );
      expect(seen).toEqual([1, 2]);
      expect(round.failed).toBe(1);
      const rows = await tx.select().from(outboxEvents).where(inArray(outboxEvents.id, ids));
      const byN = new Map(rows.map((r) => [r.payload.n, r]));
      expect(byN.get(1)!.publishedAt).not.toBeNull();
      expect(byN.get(3)).toMatchObject({ publishedAt: null, attempts: 1, lastError: 'mail server down' });
    }));

  it('refuses a topic that is not <aggregate>.<event>', () =>
    ctx.rollback(async (tx) => {
      await expect(
        tx.transaction((sp) =>
          publishEvent(sp, { topic: 'Booking Confirmed', aggregateType: 'booking', aggregateId }),
        ),
      ).rejects.toThrow();
    }));
});

describeServer('transactional outbox under concurrent deliverers', () => {
  it('never hands the same event to two deliverers (for update skip locked)', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 4 });
    try {
      for (let i = 0; i < 20; i++) {
        await publishEvent(scratch.db, {
          topic: 'test.parallel',
          aggregateType: 'test',
          aggregateId,
          payload: { i },
        });
      }
      let release!: () => void;
      const gate = new Promise<void>((r) => {
        release = r;
      });
      // Deliverer A claims a batch and holds its locks while B claims: B must get the other events.
      const a = scratch.db.transaction(async (tx) => {
        const claimed = await claimOutboxEvents(tx, { limit: 10, topics: ['test.parallel'] });
        await gate;
        await markEventsPublished(
          tx,
          claimed.map((e) => e.id),
        );
        return claimed.map((e) => e.id);
      });
      await new Promise((r) => setTimeout(r, 200));
      const b = await scratch.db.transaction(async (tx) => {
        const claimed = await claimOutboxEvents(tx, { limit: 20, topics: ['test.parallel'] });
        await markEventsPublished(
          tx,
          claimed.map((e) => e.id),
        );
        return claimed.map((e) => e.id);
      });
      release();
      const aIds = await a;
      expect(aIds).toHaveLength(10);
      expect(b).toHaveLength(10);
      expect(aIds.filter((id) => b.includes(id))).toEqual([]);
    } finally {
      await scratch.drop();
    }
  });
});
