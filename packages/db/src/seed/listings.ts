import {
  experienceCategories,
  experienceSchedules,
  experiences,
  experienceTranslations,
} from '@touriquest/experiences';
import { poiCategories, poiOpeningHours, pois, poiTranslations } from '@touriquest/poi';
import { cities } from './cities';
import { type SeedModule, slugify } from './context';

const poiCategoryNames = {
  monument: 'Monuments',
  museum: 'Museums',
  religious: 'Religious sites',
  park: 'Parks and gardens',
  market: 'Markets',
  viewpoint: 'Viewpoints',
} as const;

const experienceKinds = [
  {
    slug: 'walking-tours',
    name: 'Walking tours',
    title: (c: string) => `Old town walk in ${c}`,
    minutes: 150,
  },
  { slug: 'food', name: 'Food and drink', title: (c: string) => `Street food evening in ${c}`, minutes: 180 },
] as const;

/**
 * Points of interest from the curated landmarks (real coordinates, local names as translations, daily
 * opening hours) and two experiences per city with upcoming schedules. Categories form a small tree so the
 * subtree queries have something to walk.
 */
export const listingsSeed: SeedModule = {
  name: 'poi + experiences',
  needs: ['pois', 'poiCategories', 'experiences', 'experienceSchedules'],
  async run(ctx) {
    const f = ctx.faker;
    const users = ctx.ids.users ?? [];
    if (!users.length) return;
    const [root] = await ctx.insert(poiCategories, [{ slug: 'places', name: 'Places' }]);
    const categoryKeys = Object.keys(poiCategoryNames) as (keyof typeof poiCategoryNames)[];
    const categoryIds = await ctx.insert(
      poiCategories,
      categoryKeys.map((k) => ({ slug: k, name: poiCategoryNames[k], parentId: root! })),
    );
    const categoryOf = new Map(categoryKeys.map((k, i) => [k, categoryIds[i]!]));
    const landmarks = cities.flatMap((city) => city.landmarks.map((l) => ({ city, l })));
    const poiIds = await ctx.insert(
      pois,
      landmarks.map(({ city, l }, i) => ({
        name: l.name,
        slug: `${slugify(l.name)}-${city.slug}`,
        summary: `${l.name} (${l.localName}), ${city.name}.`,
        description: f.lorem.paragraph(),
        categoryId: categoryOf.get(l.category)!,
        location: { lon: l.lon, lat: l.lat },
        city: city.name,
        region: city.region,
        countryCode: city.countryCode,
        priceLevel: i % 5,
        entryFeeMinor: i % 3 === 0 ? null : 1_000 * (1 + (i % 4)),
        currency: i % 3 === 0 ? null : city.currency,
        popularityScore: f.number.float({ min: 0, max: 100, fractionDigits: 1 }),
        status: 'active' as const,
        tags: [l.category, city.slug],
        timezone: city.timezone,
        defaultLocale: 'en',
      })),
    );
    ctx.ids.pois = poiIds;
    await ctx.insert(
      poiTranslations,
      landmarks.flatMap(({ city, l }, i) =>
        city.locale === 'en'
          ? []
          : [{ poiId: poiIds[i]!, locale: city.locale, name: l.localName, summary: city.localName }],
      ),
      { returnIds: false },
    );
    await ctx.insert(
      poiOpeningHours,
      poiIds.flatMap((poiId, i) =>
        Array.from({ length: 7 }, (_, dayOfWeek) =>
          // Markets run late (closing after midnight on Fridays and Saturdays); the rest keep office hours.
          landmarks[i]!.l.category === 'market'
            ? { poiId, dayOfWeek, opensAt: '17:00', closesAt: dayOfWeek >= 5 ? '01:00' : '23:30' }
            : dayOfWeek === 1 && i % 2 === 0
              ? { poiId, dayOfWeek, isClosed: true }
              : { poiId, dayOfWeek, opensAt: '09:00', closesAt: '18:00' },
        ),
      ),
      { returnIds: false },
    );

    const kindIds = await ctx.insert(
      experienceCategories,
      experienceKinds.map((k) => ({ slug: k.slug, name: k.name })),
    );
    const guides = users.filter((_, i) => i % 6 === 5);
    const rows = cities.flatMap((city, ci) =>
      experienceKinds.map((k, ki) => ({
        hostId: guides[(ci * 2 + ki) % guides.length] ?? users[0]!,
        title: k.title(city.name),
        slug: `${k.slug}-${city.slug}`,
        summary: `${k.name} with a local guide, starting near ${city.landmarks[0]!.name}.`,
        description: f.lorem.paragraph(),
        categoryId: kindIds[ki]!,
        location: { lon: city.landmarks[0]!.lon, lat: city.landmarks[0]!.lat },
        meetingPoint: { lon: city.landmarks[0]!.lon, lat: city.landmarks[0]!.lat },
        city: city.name,
        countryCode: city.countryCode,
        durationMinutes: k.minutes,
        minParticipants: 1,
        maxParticipants: 12,
        priceMinor: 2_500 * (ki + 1),
        currency: 'EUR',
        languages: ['en', city.locale].filter((v, i, a) => a.indexOf(v) === i),
        status: 'active' as const,
        timezone: city.timezone,
        defaultLocale: 'en',
      })),
    );
    const experienceIds = await ctx.insert(experiences, rows);
    ctx.ids.experiences = experienceIds;
    await ctx.insert(
      experienceTranslations,
      rows.flatMap((r, i) => {
        const city = cities[Math.floor(i / experienceKinds.length)]!;
        return city.locale === 'en'
          ? []
          : [
              {
                experienceId: experienceIds[i]!,
                locale: city.locale,
                title: `${r.title} (${city.localName})`,
              },
            ];
      }),
      { returnIds: false },
    );
    const start = Date.UTC(2027, 4, 1, 8);
    ctx.ids.schedules = await ctx.insert(
      experienceSchedules,
      experienceIds.flatMap((experienceId, i) =>
        Array.from({ length: 3 }, (_, w) => {
          const startsAt = new Date(start + (w * 7 + (i % 7)) * 86_400_000);
          return {
            experienceId,
            startsAt,
            endsAt: new Date(startsAt.getTime() + rows[i]!.durationMinutes * 60_000),
            capacity: 8,
          };
        }),
      ),
    );
  },
};
