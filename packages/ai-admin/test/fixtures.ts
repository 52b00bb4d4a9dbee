import * as experiencesSchema from '@touriquest/experiences/schema';
import { poiCategories, pois } from '@touriquest/poi/schema';
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

/** A real (draft) POI in a fresh category. */
export async function makePoi(db: TestDb) {
  const tag = Math.random().toString(36).slice(2, 10);
  const [category] = await db
    .insert(poiCategories)
    .values({ slug: `cat-${tag}`, name: 'Gardens' })
    .returning();
  const [row] = await db
    .insert(pois)
    .values({
      name: 'Jardin test',
      slug: `jardin-${tag}`,
      categoryId: category!.id,
      location: { lon: -7.98, lat: 31.64 },
    })
    .returning();
  return row!;
}

/** A real (draft) experience hosted by `hostId`, in a fresh category (once the experiences package has landed). */
export async function makeExperience(db: TestDb, hostId: string) {
  const { experienceCategories, experiences } = experiencesSchema as Record<string, any>;
  const tag = Math.random().toString(36).slice(2, 10);
  const [category] = (await db
    .insert(experienceCategories)
    .values({ slug: `cat-${tag}`, name: 'Cooking' })
    .returning()) as { id: string }[];
  const [row] = (await db
    .insert(experiences)
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
    .returning()) as { id: string }[];
  return row!;
}
