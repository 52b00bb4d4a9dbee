import { makeHost, type TestDb, uniq } from '@touriquest/testing';
import { type NewProperty, properties } from '../src';

/** A valid property row (Marrakesh riad, 100.00 EUR a night) with any field overridden. */
export function propertyInput(hostId: string, over: Partial<NewProperty> = {}): NewProperty {
  return {
    hostId,
    type: 'riad',
    title: 'Riad Dar Atlas',
    slug: uniq('riad'),
    location: { lon: -7.9811, lat: 31.6295 },
    city: 'Marrakesh',
    countryCode: 'MA',
    maxGuests: 4,
    bedrooms: 2,
    beds: 2,
    bathrooms: 1.5,
    basePriceMinor: 10_000,
    currency: 'EUR',
    status: 'active',
    ...over,
  };
}

export async function makeProperty(db: TestDb, over: Partial<NewProperty> = {}, hostId?: string) {
  const host = hostId ?? (await makeHost(db)).id;
  const [p] = await db.insert(properties).values(propertyInput(host, over)).returning();
  return p!;
}
