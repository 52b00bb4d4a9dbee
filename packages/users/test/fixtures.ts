import { expectRule, type TestDb } from '@touriquest/testing';
import { expect } from 'vitest';
import type { z } from 'zod';
import { users } from '../src';

let seq = 0;

/** `n` fresh users with unique emails/usernames (tests share one database per engine). */
export async function makeUsers(db: TestDb, n: number) {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const rows = Array.from({ length: n }, () => {
    seq += 1;
    const name = `u${run}_${seq}`;
    return { email: `${name}@example.com`, username: name };
  });
  return db.insert(users).values(rows).returning();
}

export async function makeUser(db: TestDb) {
  const [u] = await makeUsers(db, 1);
  return u!;
}

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

export const sha = (c: string) => c.repeat(64).slice(0, 64);
