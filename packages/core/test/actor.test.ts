import { describeEngines } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows, withActor } from '../src';

const actorNow = async (db: Parameters<typeof queryRows>[0]) =>
  (
    await queryRows<{ a: string }>(db, sql`select coalesce(current_setting('app.actor_id', true), '') as a`)
  )[0]!.a;

describeEngines('withActor', (ctx) => {
  it('attributes only its own block, also nested in a larger transaction', () =>
    ctx.rollback(async (tx) => {
      const outer = crypto.randomUUID();
      const inner = crypto.randomUUID();
      await withActor(tx, outer, async (a) => {
        await withActor(a, inner, async (b) => expect(await actorNow(b)).toBe(inner));
        // The inner block was a savepoint: its transaction-local setting must not outlive it.
        expect(await actorNow(a)).toBe(outer);
        await expect(
          withActor(a, inner, async () => {
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await actorNow(a)).toBe(outer);
      });
      expect(await actorNow(tx)).toBe('');
    }));
});
