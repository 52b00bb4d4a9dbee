import { type TestDb, uniq } from '@touriquest/testing';
import { type NewPoi, poiCategories, pois } from '../src';

export async function makeCategory(db: TestDb, parentId?: string | null, name = 'Category') {
  const [c] = await db
    .insert(poiCategories)
    .values({ slug: uniq('cat'), name, parentId: parentId ?? null })
    .returning();
  return c!;
}

/** A valid POI row (Koutoubia mosque, Marrakesh) with any field overridden. */
export function poiInput(categoryId: string, over: Partial<NewPoi> = {}): NewPoi {
  return {
    name: 'Koutoubia Mosque',
    slug: uniq('koutoubia'),
    categoryId,
    location: { lon: -7.9936, lat: 31.6237 },
    city: 'Marrakesh',
    countryCode: 'MA',
    status: 'active',
    timezone: 'Africa/Casablanca',
    ...over,
  };
}

export async function makePoi(db: TestDb, over: Partial<NewPoi> = {}, categoryId?: string) {
  const cat = categoryId ?? (await makeCategory(db)).id;
  const [p] = await db.insert(pois).values(poiInput(cat, over)).returning();
  return p!;
}
