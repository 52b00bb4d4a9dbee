/**
 * Rows that tests of several packages need and make the same way: users, hosts, media files, and draft
 * listings for references to point at. Package-specific rows (a valid property input, a POI category
 * tree…) stay in each package's `test/fixtures.ts`. Tables come from the schema bundle, loaded by path.
 */
import { sql } from 'drizzle-orm';
import type { TestDb } from './index';
import { core, schemaModule } from './load';

let seq = 0;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A unique suffix: tests share one database per engine, so names must never collide. */
export function uniq(prefix = 'p') {
  seq += 1;
  return `${prefix}-${run}-${seq}`;
}

/** `n` fresh users with unique emails/usernames. */
export async function makeUsers(db: TestDb, n: number) {
  const { schema } = await schemaModule();
  const batch = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const rows = Array.from({ length: n }, () => {
    seq += 1;
    const name = `u${batch}_${seq}`;
    return { email: `${name}@example.com`, username: name };
  });
  return db.insert(schema.users).values(rows).returning();
}

export async function makeUser(db: TestDb) {
  const [u] = await makeUsers(db, 1);
  return u!;
}

/** A fresh user with the host role. */
export async function makeHost(db: TestDb) {
  const { schema } = await schemaModule();
  const name = uniq('h').replace(/-/g, '_');
  const [u] = await db
    .insert(schema.users)
    .values({ email: `${name}@example.com`, username: name, role: 'host' })
    .returning();
  return u!;
}

/** A content `media_files` row for an image (or, given its type, another file) to point at. */
export async function makeMedia(db: TestDb, mimeType = 'image/jpeg'): Promise<string> {
  const { queryOne } = await core();
  const key = uniq('media');
  const row = await queryOne<{ id: string }>(
    db,
    sql`insert into media_files (storage_key, mime_type, size_bytes) values (${key}, ${mimeType}, 1024) returning id`,
  );
  return row!.id;
}

/** A draft property of `hostId` (riad, Marrakesh), for references to listings to point at. */
export async function makeDraftProperty(db: TestDb, hostId: string) {
  const { schema } = await schemaModule();
  const [row] = await db
    .insert(schema.properties)
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

/** A draft POI in a fresh category, for references to listings to point at. */
export async function makeDraftPoi(db: TestDb) {
  const { schema } = await schemaModule();
  const tag = Math.random().toString(36).slice(2, 10);
  const [category] = await db
    .insert(schema.poiCategories)
    .values({ slug: `cat-${tag}`, name: 'Gardens' })
    .returning();
  const [row] = await db
    .insert(schema.pois)
    .values({
      name: 'Jardin test',
      slug: `jardin-${tag}`,
      categoryId: category!.id,
      location: { lon: -7.98, lat: 31.64 },
    })
    .returning();
  return row!;
}

/** A draft experience hosted by `hostId` in a fresh category, for references to listings to point at. */
async function makeDraftExperience(db: TestDb, hostId: string) {
  const { schema } = await schemaModule();
  const tag = Math.random().toString(36).slice(2, 10);
  const [category] = await db
    .insert(schema.experienceCategories)
    .values({ slug: `cat-${tag}`, name: 'Cooking' })
    .returning();
  const [row] = await db
    .insert(schema.experiences)
    .values({
      hostId,
      title: 'Tagine class',
      slug: `tagine-${tag}`,
      categoryId: category!.id,
      location: { lon: -7.99, lat: 31.62 },
      durationMinutes: 180,
      maxParticipants: 8,
      priceMinor: 4_500,
      currency: 'EUR',
    })
    .returning();
  return row!;
}

/** A user and one draft listing of each kind (property and experience hosted by them, a POI). */
export async function makeDraftListings(db: TestDb) {
  const user = await makeUser(db);
  const property = await makeDraftProperty(db, user.id);
  const poi = await makeDraftPoi(db);
  const experience = await makeDraftExperience(db, user.id);
  return { user, property, poi, experience };
}
