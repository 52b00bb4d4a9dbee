import {
  amenities,
  properties,
  propertyAmenities,
  propertyAvailability,
  propertyCalendar,
  propertyPricing,
  propertyRules,
} from '@touriquest/properties';
import { cities } from './cities';
import { type SeedModule, slugify } from './context';
import { renameSlugs } from './listings';
import { insertMediaFiles } from './media';

const amenityCatalog = [
  { code: 'wifi', name: 'Wi-Fi', category: 'essentials' },
  { code: 'air_conditioning', name: 'Air conditioning', category: 'essentials' },
  { code: 'kitchen', name: 'Kitchen', category: 'kitchen' },
  { code: 'washer', name: 'Washer', category: 'essentials' },
  { code: 'pool', name: 'Pool', category: 'outdoor' },
  { code: 'rooftop_terrace', name: 'Rooftop terrace', category: 'outdoor' },
  { code: 'free_parking', name: 'Free parking', category: 'parking' },
  { code: 'workspace', name: 'Dedicated workspace', category: 'essentials' },
] as const;

/** Typical nightly prices per city, in the city's currency's minor units (before a ±40 % spread). */
const basePrice: Record<string, number> = {
  MAD: 80_000,
  EUR: 12_000,
  JPY: 18_000,
  TRY: 350_000,
  ZAR: 150_000,
  USD: 18_000,
};

export const propertiesSeed: SeedModule = {
  name: 'properties',
  needs: ['properties', 'amenities', 'propertyAmenities'],
  async run(ctx) {
    const f = ctx.faker;
    const users = ctx.ids.users ?? [];
    const hosts = users.filter((_, i) => i % 6 === 4);
    if (!hosts.length) return;
    const perCity = Math.max(3, Math.round(users.length / 8));
    // Every fifth listing first went live as "<adjective> <type> in <city>"; its host later retitled it after
    // the landmark nearby, which changed the slug too (the old one must keep redirecting).
    const firstNames: ({ title: string; slug: string } | undefined)[] = [];
    const rows = cities.flatMap((city, ci) =>
      Array.from({ length: perCity }, (_, k) => {
        const type =
          city.countryCode === 'MA'
            ? f.helpers.arrayElement(['riad', 'riad', 'guesthouse', 'apartment'] as const)
            : f.helpers.arrayElement([
                'apartment',
                'apartment',
                'hotel',
                'house',
                'guesthouse',
                'villa',
              ] as const);
        const near = f.helpers.arrayElement(city.landmarks);
        const title = `${f.helpers.arrayElement(['Charming', 'Sunny', 'Quiet', 'Elegant', 'Cosy', 'Bright'])} ${type.replace(/_/g, ' ')} near ${near.name}`;
        const guests = f.number.int({ min: 1, max: 8 });
        const spread = 0.6 + f.number.float({ min: 0, max: 0.8 });
        const firstTitle = title.replace(/ near .*$/, ` in ${city.name}`);
        firstNames.push(
          (ci * perCity + k) % 5 === 3
            ? { title: firstTitle, slug: `${slugify(firstTitle)}-${city.slug}-${k}` }
            : undefined,
        );
        return {
          hostId: hosts[(ci * perCity + k) % hosts.length]!,
          type,
          title,
          slug: `${slugify(title)}-${city.slug}-${k}`,
          summary: `${f.lorem.sentence()} Ten minutes from ${near.name} (${near.localName}).`,
          description: f.lorem.paragraphs(2),
          // Within ~2 km of the landmark.
          location: {
            lon: near.lon + f.number.float({ min: -0.02, max: 0.02, fractionDigits: 5 }),
            lat: near.lat + f.number.float({ min: -0.015, max: 0.015, fractionDigits: 5 }),
          },
          addressLine1: f.location.streetAddress(),
          city: city.name,
          region: city.region,
          countryCode: city.countryCode,
          maxGuests: guests,
          bedrooms: Math.ceil(guests / 2),
          beds: guests,
          bathrooms: Math.max(1, Math.floor(guests / 3)),
          basePriceMinor: Math.round(((basePrice[city.currency] ?? 12_000) * spread) / 100) * 100,
          currency: city.currency,
          status: k % 10 === 9 ? ('draft' as const) : ('active' as const),
          instantBook: k % 2 === 0,
          minNights: 1 + (k % 3),
          maxNights: 30,
          timezone: city.timezone,
          defaultLocale: city.locale === 'ja' ? 'en' : city.locale,
        };
      }),
    );
    const propertyIds = await ctx.insert(
      properties,
      rows.map((r, i) => ({ ...r, ...firstNames[i] })),
    );
    ctx.ids.properties = propertyIds;
    await renameSlugs(
      ctx,
      properties,
      propertyIds.flatMap((id, i) =>
        firstNames[i] ? [{ id, slug: rows[i]!.slug, title: rows[i]!.title }] : [],
      ),
    );
    const amenityIds = await ctx.insert(
      amenities,
      amenityCatalog.map((a) => ({ ...a })),
    );
    await ctx.insert(
      propertyAmenities,
      propertyIds.flatMap((propertyId) =>
        f.helpers
          .arrayElements(amenityIds, { min: 2, max: 6 })
          .map((amenityId) => ({ propertyId, amenityId })),
      ),
      { returnIds: false },
    );
    if ('propertyPricing' in ctx.schema) {
      // Friday and Saturday nights cost 20 % more.
      await ctx.insert(
        propertyPricing,
        propertyIds
          .filter((_, i) => i % 2 === 0)
          .map((propertyId) => ({
            propertyId,
            name: 'Weekend',
            ruleType: 'weekend' as const,
            daysOfWeek: [5, 6],
            adjustmentType: 'percent' as const,
            adjustmentValue: '20',
            priority: 10,
          })),
        { returnIds: false },
      );
    }
    // Photos need content's media_files (property_images.media_id references it): seeded only once it landed.
    if ('propertyImages' in ctx.schema && 'mediaFiles' in ctx.schema) {
      const { propertyImages } = await import('@touriquest/properties');
      const mediaIds = await insertMediaFiles(
        ctx,
        rows.flatMap((r) =>
          [0, 1, 2].map((n) => ({
            key: `seed/properties/${r.slug}/${n}.jpg`,
            kind: 'photo' as const,
            ownerId: r.hostId,
            altText: `${r.title}, photo ${n + 1}`,
          })),
        ),
      );
      await ctx.insert(
        propertyImages,
        propertyIds.flatMap((propertyId, i) =>
          [0, 1, 2].map((n) => ({
            propertyId,
            mediaId: mediaIds[i * 3 + n]!,
            sortOrder: n,
            isCover: n === 0,
          })),
        ),
        { returnIds: false },
      );
    }
    if ('propertyRules' in ctx.schema) {
      await ctx.insert(
        propertyRules,
        propertyIds.flatMap((propertyId, i) => [
          { propertyId, ruleType: 'smoking' as const, allowed: false },
          { propertyId, ruleType: 'pets' as const, allowed: i % 3 === 0 },
          { propertyId, ruleType: 'parties' as const, allowed: false },
        ]),
        { returnIds: false },
      );
    }
    // A host block in the coming months on every fifth listing (the tour's "free" query must skip them).
    if ('propertyAvailability' in ctx.schema) {
      await ctx.insert(
        propertyAvailability,
        propertyIds
          .filter((_, i) => i % 5 === 0)
          .map((propertyId, i) => ({
            propertyId,
            during: { start: `2027-0${1 + (i % 6)}-01`, end: `2027-0${1 + (i % 6)}-08` },
            status: 'blocked' as const,
            note: 'owner stay',
          })),
        { returnIds: false },
      );
    }
    if ('propertyCalendar' in ctx.schema) {
      await ctx.insert(
        propertyCalendar,
        propertyIds
          .filter((_, i) => i % 4 === 0)
          .map((propertyId) => ({
            propertyId,
            during: { start: '2026-12-31', end: '2027-01-02' },
            eventName: 'New Year',
            priceMultiplier: '1.500',
            minStayOverride: 2,
          })),
        { returnIds: false },
      );
    }
  },
};
