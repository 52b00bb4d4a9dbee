import { randomUUID } from 'node:crypto';
import { softDeleteWhere } from '@touriquest/core';
import { describeEngines } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { findPropertyById, properties } from '../src';
import { makeProperty } from './fixtures';

describeEngines('findPropertyById', (ctx) => {
  it('returns the live listing with that id, typed as a row (point decoded), and nothing for another id', () =>
    ctx.rollback(async (tx) => {
      const [p, q] = [await makeProperty(tx), await makeProperty(tx, { title: 'Riad Two' })];
      const found = await findPropertyById(tx, p.id);
      expect(found).toEqual(p);
      expect(found!.location).toEqual({ lon: -7.9811, lat: 31.6295 });
      // The same prepared statement answers for another id with that one's row.
      expect((await findPropertyById(tx, q.id))!.title).toBe('Riad Two');
      expect(await findPropertyById(tx, randomUUID())).toBeUndefined();
    }));

  it('does not find a soft-deleted listing', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      await softDeleteWhere(tx, properties, eq(properties.id, p.id));
      expect(await findPropertyById(tx, p.id)).toBeUndefined();
    }));

  it('refuses an id that is not a uuid before it reaches the database', () =>
    ctx.rollback(async (tx) => {
      await expect(findPropertyById(tx, 'riad-dar-atlas')).rejects.toThrow(/a property id is a uuid/);
      // The transaction is still usable: nothing failed inside PostgreSQL.
      expect(await findPropertyById(tx, randomUUID())).toBeUndefined();
    }));
});
