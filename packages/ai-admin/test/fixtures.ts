import { properties } from '@touriquest/properties';
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

/** A real (draft) property of `hostId`, for the listing arms of exclusive arcs. */
export async function makeProperty(db: TestDb, hostId: string) {
  const [row] = await db
    .insert(properties)
    .values({
      hostId,
      type: 'riad',
      title: 'Riad test',
      slug: `riad-${hostId.slice(-12)}-${Math.random().toString(36).slice(2, 8)}`,
      location: { lon: -7.99, lat: 31.63 },
      maxGuests: 2,
      basePriceMinor: 12_000,
      currency: 'EUR',
    })
    .returning();
  return row!;
}
