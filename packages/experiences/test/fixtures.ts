import { makeHost, type TestDb, uniq } from '@touriquest/testing';
import { experienceCategories, experiences, type NewExperience } from '../src';

/** A valid experience row (Marrakesh food tour, 45.00 EUR) with any field overridden. */
export function experienceInput(hostId: string, over: Partial<NewExperience> = {}): NewExperience {
  return {
    hostId,
    title: 'Medina food tour',
    slug: uniq('tour'),
    categoryId: over.categoryId ?? '00000000-0000-0000-0000-000000000000',
    location: { lon: -7.9811, lat: 31.6295 },
    city: 'Marrakesh',
    countryCode: 'MA',
    durationMinutes: 180,
    minParticipants: 1,
    maxParticipants: 10,
    priceMinor: 4_500,
    currency: 'EUR',
    languages: ['en', 'fr'],
    status: 'active',
    ...over,
  };
}

export async function makeCategory(db: TestDb, parentId: string | null = null) {
  const slug = uniq('cat');
  const [c] = await db.insert(experienceCategories).values({ slug, name: slug, parentId }).returning();
  return c!;
}

export async function makeExperience(db: TestDb, over: Partial<NewExperience> = {}, hostId?: string) {
  const host = hostId ?? (await makeHost(db)).id;
  const categoryId = over.categoryId ?? (await makeCategory(db)).id;
  const [e] = await db
    .insert(experiences)
    .values(experienceInput(host, { ...over, categoryId }))
    .returning();
  return e!;
}
