import type { TestDb } from '@touriquest/testing';
import { users } from '@touriquest/users';

let seq = 0;

/** `n` fresh users with unique emails/usernames (tests run side by side in one database). */
export async function makeUsers(db: TestDb, n: number) {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const rows = Array.from({ length: n }, () => {
    seq += 1;
    const name = `a${run}_${seq}`;
    return { email: `${name}@example.com`, username: name };
  });
  return db.insert(users).values(rows).returning();
}
