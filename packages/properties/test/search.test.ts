import { describeEngines, describeServer, explain, makeHost, uniq } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { properties, propertySearchSchema, searchProperties, searchPropertiesQuery } from '../src';
import { propertyInput } from './fixtures';

// Marrakesh medina, a riad 1.1 km north-east, one in the Palmeraie (~7 km), one in Essaouira (~160 km).
const medina = { lon: -7.9891, lat: 31.6258 };

describeEngines('property search', (ctx) => {
  it('finds active listings near a point, nearest first, for the party and price range', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const city = uniq('City');
      const rows = await tx
        .insert(properties)
        .values([
          propertyInput(host.id, {
            title: 'near',
            city,
            location: { lon: -7.98, lat: 31.633 },
            maxGuests: 4,
            basePriceMinor: 9000,
          }),
          propertyInput(host.id, {
            title: 'palmeraie',
            city,
            location: { lon: -7.95, lat: 31.68 },
            maxGuests: 8,
            basePriceMinor: 25_000,
          }),
          propertyInput(host.id, {
            title: 'essaouira',
            location: { lon: -9.77, lat: 31.51 },
            maxGuests: 8,
            basePriceMinor: 9000,
          }),
          propertyInput(host.id, {
            title: 'draft',
            city,
            location: { lon: -7.985, lat: 31.63 },
            status: 'draft',
          }),
          propertyInput(host.id, {
            title: 'small',
            city,
            location: { lon: -7.986, lat: 31.629 },
            maxGuests: 1,
          }),
          propertyInput(host.id, {
            title: 'dollars',
            city,
            location: { lon: -7.987, lat: 31.627 },
            currency: 'USD',
            basePriceMinor: 9000,
          }),
          propertyInput(host.id, {
            title: 'deleted',
            city,
            location: { lon: -7.9885, lat: 31.626 },
            deletedAt: new Date(),
          }),
        ])
        .returning();
      const titles = (hits: { title: string }[]) => hits.map((h) => h.title);

      const near = await searchProperties(tx, {
        near: { ...medina, radiusKm: 20 },
        guests: 2,
        currency: 'EUR',
      });
      expect(titles(near)).toEqual(['near', 'palmeraie']);
      expect(near[0]!.distanceM).toBeGreaterThan(800);
      expect(near[0]!.distanceM).toBeLessThan(1500);
      expect(near[1]!.distanceM).toBeGreaterThan(near[0]!.distanceM!);

      expect(titles(await searchProperties(tx, { near: { ...medina, radiusKm: 20 }, guests: 6 }))).toEqual([
        'palmeraie',
      ]);
      expect(
        titles(
          await searchProperties(tx, {
            near: { ...medina, radiusKm: 200 },
            guests: 2,
            currency: 'EUR',
            maxPriceMinor: 10_000,
          }),
        ),
      ).toEqual(['near', 'essaouira']);
      expect(
        titles(await searchProperties(tx, { near: { ...medina, radiusKm: 20 }, guests: 1, currency: 'USD' })),
      ).toEqual(['dollars']);

      // By city, case-insensitively, cheapest first.
      const inCity = await searchProperties(tx, { city: city.toUpperCase(), guests: 2, currency: 'EUR' });
      expect(titles(inCity)).toEqual(['near', 'palmeraie']);
      expect(inCity[0]!.distanceM).toBeNull();
      await tx.update(properties).set({ status: 'suspended' }).where(eq(properties.id, rows[0]!.id));
      expect(titles(await searchProperties(tx, { city, guests: 2, currency: 'EUR' }))).toEqual(['palmeraie']);
    }));

  it('validates the search before it reaches SQL', () => {
    expect(propertySearchSchema.safeParse({ guests: 2 }).success).toBe(false);
    expect(propertySearchSchema.safeParse({ city: 'Fes', guests: 0 }).success).toBe(false);
    expect(propertySearchSchema.safeParse({ city: 'Fes', guests: 2, maxPriceMinor: 100 }).success).toBe(
      false,
    );
    expect(
      propertySearchSchema.safeParse({ near: { lon: 0, lat: 95, radiusKm: 5 }, guests: 2 }).success,
    ).toBe(false);
    expect(
      propertySearchSchema.safeParse({ city: 'Fes', guests: 2, currency: 'MAD', maxPriceMinor: 100 }).success,
    ).toBe(true);
  });
});

describeServer('property search plans', (ctx) => {
  it('serves radius and city searches from properties_location_idx and properties_city_price_idx', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const cities = ['Marrakesh', 'Fes', 'Rabat', 'Agadir', 'Tangier'];
      await tx.insert(properties).values(
        Array.from({ length: 300 }, (_, i) =>
          propertyInput(host.id, {
            city: cities[i % 5],
            location: { lon: -9 + (i % 30) * 0.1, lat: 30 + Math.floor(i / 30) * 0.2 },
            maxGuests: 1 + (i % 8),
            basePriceMinor: 5000 + (i % 50) * 500,
            status: i % 7 === 0 ? 'draft' : 'active',
          }),
        ),
      );
      await tx.execute(sql`analyze properties`);
      await tx.execute(sql`set local enable_seqscan = off`);
      const near = await explain(
        tx,
        searchPropertiesQuery(tx, {
          near: { ...medina, radiusKm: 25 },
          guests: 2,
          currency: 'EUR',
          maxPriceMinor: 20_000,
        }),
      );
      expect(near).toContain('properties_location_idx');
      const city = await explain(
        tx,
        searchPropertiesQuery(tx, { city: 'Fes', guests: 4, currency: 'EUR', minPriceMinor: 6000 }),
      );
      expect(city).toContain('properties_city_price_idx');
      // Walked in the search's order (cheapest first): no sort of the city's candidates.
      expect(city).not.toMatch(/Sort Key: properties\.base_price_minor/);
    }));
});
