import { describeEngines } from '@touriquest/testing';
import { expect, it } from 'vitest';
import { runDoctor, unindexedForeignKeyParents } from '../src/cli/doctor';

/**
 * Splinter's lint 0001 (unindexed foreign keys), as doctor runs it: a delete of a parent row (a user purge in
 * particular) must find the referencing rows through an index, not by reading the child table whole.
 */
describeEngines('foreign keys have supporting indexes', (ctx) => {
  it('every foreign key is index-backed, but those to parents exempt with a written reason', async () => {
    const check = (await runDoctor(ctx.database)).checks.find(
      (c) => c.name === 'foreign keys without a supporting index',
    )!;
    expect(check.rows).toEqual([]);
    expect(check.status).toBe('ok');
    for (const reason of Object.values(unindexedForeignKeyParents)) expect(reason.length).toBeGreaterThan(40);
  });
});
