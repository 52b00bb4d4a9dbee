import { expectRule, type TestDb } from '@touriquest/testing';
import { users } from '@touriquest/users';
import { expect } from 'vitest';
import type { z } from 'zod';

let seq = 0;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeUser(db: TestDb) {
  seq += 1;
  const name = `c${run}_${seq}`;
  const [u] = await db
    .insert(users)
    .values({ email: `${name}@example.com`, username: name })
    .returning();
  return u!;
}

/** A fresh uuid: polymorphic rows point at entities by id only. */
export const uuid = () => crypto.randomUUID();

/** zod refuses `input` first, and the database, given the same row, refuses it with `rule`. */
export async function refusedByBoth(
  tx: TestDb,
  schema: z.ZodType,
  input: Record<string, unknown>,
  rule: string,
  write: (sp: TestDb) => Promise<unknown>,
) {
  const parsed = schema.safeParse(input);
  expect(
    parsed.success,
    `zod accepted input the database refuses with ${rule}: ${JSON.stringify(input)}`,
  ).toBe(false);
  await expectRule(tx, rule, write);
}
