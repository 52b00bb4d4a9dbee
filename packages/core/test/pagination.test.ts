import { describeEngines } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outboxEvents, paginate, publishEvent } from '../src';

describeEngines('keyset pagination', (ctx) => {
  it('walks every row once, newest first, across timestamp and id keys', () =>
    ctx.rollback(async (tx) => {
      const aggregateId = '01900000-0000-7000-8000-00000000beef';
      const made = [];
      for (let i = 0; i < 7; i++) {
        made.push(
          await publishEvent(tx, { topic: 'test.page', aggregateType: 'test', aggregateId, payload: { i } }),
        );
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof paginate<typeof outboxEvents.$inferSelect>>> = await paginate(
          tx,
          {
            table: outboxEvents,
            keys: [outboxEvents.occurredAt, outboxEvents.id],
            where: eq(outboxEvents.aggregateId, aggregateId),
            cursor,
            limit: 3,
          },
        );
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      expect([...seen].sort()).toEqual(made.map((m) => m.id).sort());
    }));

  it('refuses a cursor it did not make', () =>
    ctx.rollback(async (tx) => {
      await expect(
        paginate(tx, { table: outboxEvents, keys: [outboxEvents.seq], cursor: 'bm90LWEtY3Vyc29y' }),
      ).rejects.toThrow(/invalid pagination cursor/);
    }));
});
