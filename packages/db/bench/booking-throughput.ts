/**
 * Benchmark, not a test: how fast the database takes bookings through every rule (exclusion constraint,
 * stay triggers, outbox) and answers the availability search. Prints figures; asserts nothing.
 *   pnpm --filter @touriquest/db bench            (embedded PGlite in memory)
 *   DATABASE_URL=postgres://… pnpm --filter @touriquest/db bench   (a scratch server database you own)
 */

import { findAvailableProperties, quoteAndCreateBooking } from '@touriquest/bookings';
import { createDb } from '@touriquest/core';
import { pglite } from '@touriquest/core/embedded';
import { properties } from '@touriquest/properties';
import { users } from '@touriquest/users';
import { migrateDatabase } from '../src/migrate';
import { schema } from '../src/schema';

const PROPERTIES = Number(process.env.BENCH_PROPERTIES ?? 200);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 1_000);

const database = await createDb({
  schema,
  ...(process.env.DATABASE_URL ? {} : { embedded: pglite, dataDir: 'memory://' }),
});
const { db } = database;
const t0 = performance.now();
await migrateDatabase(database);
console.log(`engine ${database.engine}: migrated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const tag = Date.now().toString(36);
const [host] = await db
  .insert(users)
  .values({ email: `host-${tag}@bench.test`, username: `host_${tag}` })
  .returning();
const [guest] = await db
  .insert(users)
  .values({ email: `guest-${tag}@bench.test`, username: `guest_${tag}` })
  .returning();
const listed = await db
  .insert(properties)
  .values(
    Array.from({ length: PROPERTIES }, (_, i) => ({
      hostId: host!.id,
      type: 'apartment' as const,
      title: `Bench flat ${i}`,
      slug: `bench-${tag}-${i}`,
      location: { lon: -9.14 + (i % 20) * 0.002, lat: 38.72 + Math.floor(i / 20) * 0.002 },
      city: 'Lisbon',
      countryCode: 'PT',
      maxGuests: 4,
      basePriceMinor: 10_000 + i,
      currency: 'EUR',
      status: 'active' as const,
      maxNights: 30,
    })),
  )
  .returning({ id: properties.id });

const day = (n: number) => new Date(Date.UTC(2028, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
let refused = 0;
const t1 = performance.now();
for (let i = 0; i < BOOKINGS; i++) {
  const p = listed[i % PROPERTIES]!;
  const start = Math.floor(i / PROPERTIES) * 3 + (i % 7 === 0 ? 1 : 0); // every 7th overlaps its predecessor
  try {
    await quoteAndCreateBooking(db, {
      propertyId: p.id,
      guestId: guest!.id,
      checkIn: day(start),
      checkOut: day(start + 3),
      adults: 2,
    });
  } catch {
    refused++;
  }
}
const secs = (performance.now() - t1) / 1000;
console.log(
  `quoteAndCreateBooking: ${BOOKINGS} attempts in ${secs.toFixed(2)} s = ${(BOOKINGS / secs).toFixed(0)}/s (${refused} refused as overlapping)`,
);

const t2 = performance.now();
const ROUNDS = 200;
for (let i = 0; i < ROUNDS; i++) {
  await findAvailableProperties(db, {
    near: { lon: -9.13, lat: 38.73, radiusKm: 2 },
    checkIn: day(i % 30),
    checkOut: day((i % 30) + 2),
    guests: 2,
    limit: 20,
  });
}
const ms = (performance.now() - t2) / ROUNDS;
console.log(
  `findAvailableProperties (2 km, 20 results): ${ms.toFixed(2)} ms per search over ${ROUNDS} searches`,
);

console.log(`heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
await database.close();
