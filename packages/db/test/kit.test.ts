import { describe, expect, it } from 'vitest';
import { kitCheck, pendingSchemaChanges } from '../src/kit/check';

describe('drizzle-kit workflow', () => {
  it('the migration history is consistent (drizzle-kit check)', async () => {
    const r = await kitCheck();
    expect(r.output).toContain("Everything's fine");
  });

  it('generate finds no pending schema change', async () => {
    const r = await pendingSchemaChanges();
    expect(r.newFiles).toEqual([]);
    expect(r.output).toMatch(/No schema changes/);
  });
});
