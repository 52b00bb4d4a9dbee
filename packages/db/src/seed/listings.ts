import { sql } from '@touriquest/core';
import {
  experienceCategories,
  experienceImages,
  experienceRequirements,
  experienceSchedules,
  experiences,
  experienceTranslations,
  type RequirementKind,
} from '@touriquest/experiences';
import {
  poiArExperiences,
  poiAudioGuides,
  poiCategories,
  poiImages,
  poiOpeningHours,
  pois,
  poiTranslations,
} from '@touriquest/poi';
import type { PgTable } from 'drizzle-orm/pg-core';
import { cities, type Landmark } from './cities';
import { type SeedContext, type SeedModule, slugify } from './context';
import { insertMediaFiles } from './media';

const arabicScript = /[\u0600-\u06FF]/;

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

/** Three gallery captions per kind of place; the first photo is the cover. */
const poiPhotos: Record<Landmark['category'], (name: string) => string[]> = {
  monument: (n) => [`${n} from the square`, 'Carved details up close', `${n} lit up at dusk`],
  museum: (n) => [`The entrance of ${n}`, 'The main gallery', 'A highlight of the collection'],
  religious: (n) => [`${n} from the courtyard`, 'The prayer hall', 'Morning light on the facade'],
  park: (n) => [`${n} in spring`, 'The shaded main path', 'A quiet bench by the water'],
  market: (n) => [`${n} at night`, 'Spices piled high', 'Street food stalls'],
  viewpoint: (n) => [`The view from ${n}`, 'Sunset over the city', 'The path up'],
};

const experiencePhotos: Record<(typeof experienceKinds)[number]['slug'], (start: string) => string[]> = {
  'walking-tours': (s) => [`Meeting point at ${s}`, 'Through the old town lanes', 'Stories at the last stop'],
  food: () => ['The first tasting stop', 'Cooking at a market stall', 'Sharing plates at dusk'],
};

/** "Audio guide" in the guide's own language, for its title. */
const audioLabel: Record<string, string> = {
  en: 'Audio guide',
  fr: 'Visite audio',
  pt: 'Audioguia',
  es: 'Audioguía',
  it: 'Audioguida',
  ja: '音声ガイド',
  tr: 'Sesli rehber',
  de: 'Audioguide',
  'zh-Hans': '语音导览',
};

/** Cities whose food tours pour wine, so they are 18+ (the age is machine-readable for bookings). */
const wineCities = new Set(['paris', 'lisbon', 'barcelona', 'rome', 'cape-town']);

/**
 * Rename listings with one UPDATE per 500 (each row takes two advisory slug locks), so the slug-history
 * triggers record the old slug as a redirect, as a real rename would. Seeds never write the history tables.
 */
export async function renameSlugs(
  ctx: SeedContext,
  table: PgTable,
  renames: { id: string; slug: string; title?: string }[],
): Promise<void> {
  for (let i = 0; i < renames.length; i += 500) {
    const chunk = renames.slice(i, i + 500);
    if (chunk[0]!.title === undefined) {
      const values = sql.join(
        chunk.map((r) => sql`(${r.id}::uuid, ${r.slug})`),
        sql`, `,
      );
      await ctx.db.execute(
        sql`update ${table} t set slug = v.slug from (values ${values}) v(id, slug) where t.id = v.id`,
      );
    } else {
      const values = sql.join(
        chunk.map((r) => sql`(${r.id}::uuid, ${r.slug}, ${r.title})`),
        sql`, `,
      );
      await ctx.db.execute(
        sql`update ${table} t set slug = v.slug, title = v.title from (values ${values}) v(id, slug, title) where t.id = v.id`,
      );
    }
  }
}

/**
 * Points of interest from the curated landmarks (real coordinates, local names as translations, daily
 * opening hours, photos, audio guides, AR scenes) and two experiences per city with upcoming schedules,
 * requirements and photos. Categories form a small tree so the subtree queries have something to walk. Every
 * fifth POI and experience went live under an older URL scheme and was renamed, so old links redirect.
 */
export const listingsSeed: SeedModule = {
  name: 'poi + experiences',
  needs: ['pois', 'poiCategories', 'experiences', 'experienceSchedules'],
  async run(ctx) {
    const f = ctx.faker;
    const users = ctx.ids.users ?? [];
    if (!users.length) return;
    // users[0] is the admin: the editorial team owns the POI media.
    const editor = users[0]!;
    const [root] = await ctx.insert(poiCategories, [{ slug: 'places', name: 'Places' }]);
    const categoryKeys = Object.keys(poiCategoryNames) as (keyof typeof poiCategoryNames)[];
    const categoryIds = await ctx.insert(
      poiCategories,
      categoryKeys.map((k) => ({ slug: k, name: poiCategoryNames[k], parentId: root! })),
    );
    const categoryOf = new Map(categoryKeys.map((k, i) => [k, categoryIds[i]!]));
    const landmarks = cities.flatMap((city) => city.landmarks.map((l) => ({ city, l })));
    const poiSlugs = landmarks.map(({ city, l }) => `${slugify(l.name)}-${city.slug}`);
    // The first URL scheme put the city first (/paris-eiffel-tower).
    const poiRenamed = (i: number) => i % 5 === 2;
    const poiIds = await ctx.insert(
      pois,
      landmarks.map(({ city, l }, i) => ({
        name: l.name,
        slug: poiRenamed(i) ? `${city.slug}-${slugify(l.name)}` : poiSlugs[i]!,
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
    await renameSlugs(
      ctx,
      pois,
      poiIds.flatMap((id, i) => (poiRenamed(i) ? [{ id, slug: poiSlugs[i]! }] : [])),
    );
    await ctx.insert(
      poiTranslations,
      // Local names are tagged with their own language: Moroccan names are Arabic though the city's
      // listings default to French, and search must stem them as Arabic.
      landmarks.flatMap(({ city, l }, i) => {
        const locale = arabicScript.test(l.localName) ? 'ar' : city.locale;
        if (locale === 'en') return [];
        const summary = arabicScript.test(city.localName) === (locale === 'ar') ? city.localName : city.name;
        return [{ poiId: poiIds[i]!, locale, name: l.localName, summary }];
      }),
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

    if ('mediaFiles' in ctx.schema) {
      // Three photos per POI (poi_images.media_id references content's media_files).
      const captions = landmarks.map(({ l }) => poiPhotos[l.category](l.name));
      const photoIds = await insertMediaFiles(
        ctx,
        captions.flatMap((c, i) =>
          c.map((altText, n) => ({
            key: `seed/pois/${poiSlugs[i]}/${n}.jpg`,
            kind: 'photo' as const,
            ownerId: editor,
            altText,
          })),
        ),
      );
      await ctx.insert(
        poiImages,
        captions.flatMap((c, i) =>
          c.map((caption, n) => ({
            poiId: poiIds[i]!,
            mediaId: photoIds[i * 3 + n]!,
            caption,
            sortOrder: n,
            isCover: n === 0,
          })),
        ),
        { returnIds: false },
      );

      // Narrated guides for the sights people tour (not markets, parks or viewpoints): English, the local
      // language and one more for visitors (one guide per POI and language: poi_audio_guides_poi_id_locale_key).
      const extra = ['de', 'es', 'zh-Hans'];
      const guides = landmarks.flatMap(({ city, l }, i) => {
        if (!['monument', 'museum', 'religious'].includes(l.category)) return [];
        // The local-language guide uses the local name (Torre de Belém), except in Morocco: its local names
        // are Arabic while the city's locale is French.
        const localName = city.countryCode === 'MA' ? l.name : l.localName;
        return [...new Set(['en', city.locale, extra[i % extra.length]!])].map((locale) => ({
          i,
          locale,
          title: `${audioLabel[locale]}: ${locale === city.locale ? localName : l.name}`,
          durationSeconds: f.number.int({ min: 6, max: 25 }) * 60 + f.number.int({ min: 0, max: 59 }),
          narrator: f.person.fullName(),
        }));
      });
      const audioIds = await insertMediaFiles(
        ctx,
        guides.map((g) => ({
          key: `seed/pois/${poiSlugs[g.i]}/audio-${g.locale}.mp3`,
          kind: 'audio' as const,
          ownerId: editor,
          altText: g.title,
          durationSeconds: g.durationSeconds,
        })),
      );
      await ctx.insert(
        poiAudioGuides,
        guides.map((g, k) => ({
          poiId: poiIds[g.i]!,
          locale: g.locale,
          title: g.title,
          mediaId: audioIds[k]!,
          durationSeconds: g.durationSeconds,
          narrator: g.narrator,
          // Only the English script is kept as a transcript (for accessibility and search).
          transcript:
            g.locale === 'en' ? `Welcome to ${landmarks[g.i]!.l.name}. ${f.lorem.paragraph()}` : null,
        })),
        { returnIds: false },
      );

      // AR on every other monument, museum, viewpoint and park: a 3D scene each (a binary glTF file).
      const arKinds = {
        monument: { kind: 'reconstruction', title: (n: string) => `${n} through the centuries` },
        museum: { kind: 'model_3d', title: (n: string) => `Highlights of ${n} in 3D` },
        viewpoint: { kind: 'overlay', title: (n: string) => `Skyline labels from ${n}` },
        park: { kind: 'game', title: (n: string) => `Treasure hunt in ${n}` },
      } as const;
      const scenes = landmarks.flatMap(({ l }, i) => {
        const ar = i % 2 === 0 && l.category in arKinds ? arKinds[l.category as keyof typeof arKinds] : null;
        return ar ? [{ i, l, kind: ar.kind, title: ar.title(l.name) }] : [];
      });
      const sceneIds = await insertMediaFiles(
        ctx,
        scenes.map((s) => ({
          key: `seed/pois/${poiSlugs[s.i]}/ar-${s.kind}.glb`,
          kind: 'scene' as const,
          ownerId: editor,
          altText: `${s.title} (AR scene)`,
        })),
      );
      await ctx.insert(
        poiArExperiences,
        scenes.map((s, k) => ({
          poiId: poiIds[s.i]!,
          kind: s.kind,
          title: s.title,
          description: `Point your phone at ${s.l.name} to start. ${f.lorem.sentence()}`,
          assetMediaId: sceneIds[k]!,
          // Overlays are anchored at the viewing platform, ~30 m from the POI's point; the rest at the POI.
          anchorLocation: s.kind === 'overlay' ? { lon: s.l.lon + 0.0003, lat: s.l.lat + 0.0002 } : null,
          // Labels are light enough for the web viewer; full scenes need the app.
          platforms: s.kind === 'overlay' ? ['ios', 'android', 'web'] : ['ios', 'android'],
          minAppVersion: s.kind === 'game' ? '3.4.0' : '3.1.0',
          metadata: { tracking: s.kind === 'overlay' ? 'geospatial' : 'plane', maxDistanceMeters: 150 },
        })),
        { returnIds: false },
      );
    }

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
    // Experiences first got their slug from the title (old-town-walk-in-paris), later the category-city form.
    const experienceRenamed = (i: number) => i % 5 === 1;
    const experienceIds = await ctx.insert(
      experiences,
      rows.map((r, i) => (experienceRenamed(i) ? { ...r, slug: slugify(r.title) } : r)),
    );
    ctx.ids.experiences = experienceIds;
    await renameSlugs(
      ctx,
      experiences,
      experienceIds.flatMap((id, i) => (experienceRenamed(i) ? [{ id, slug: rows[i]!.slug }] : [])),
    );
    const cityOf = (i: number) => cities[Math.floor(i / experienceKinds.length)]!;
    await ctx.insert(
      experienceTranslations,
      rows.flatMap((r, i) => {
        const city = cityOf(i);
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
    // What to meet or bring: walks ask for stamina and shoes; food tours set an age (18+ where wine is poured,
    // with an ID check). Age values are whole years (experience_requirements_age_value_check).
    const requirements: Record<string, [RequirementKind, string, string][]> = {
      walk: [
        [
          'fitness',
          'Easy walk of about 4 km',
          'Mostly flat, with stairs and cobbles; ask about a step-free route.',
        ],
        ['equipment', 'Comfortable walking shoes', 'Bring water, and a hat in summer.'],
      ],
      wine: [
        ['min_age', '18', 'Tastings include local wine.'],
        ['document', 'Photo ID', 'Vendors may ask for proof of age before serving wine.'],
      ],
      food: [['min_age', '8', 'Spicy and unfamiliar dishes: not suited to young children.']],
    };
    await ctx.insert(
      experienceRequirements,
      experienceIds.flatMap((experienceId, i) => {
        const set =
          experienceKinds[i % experienceKinds.length]!.slug === 'walking-tours'
            ? 'walk'
            : wineCities.has(cityOf(i).slug)
              ? 'wine'
              : 'food';
        return requirements[set]!.map(([kind, value, description]) => ({
          experienceId,
          kind,
          value,
          description,
        }));
      }),
      { returnIds: false },
    );
    if ('mediaFiles' in ctx.schema) {
      // Three photos per experience, uploaded by its host.
      const captions = rows.map((_, i) =>
        experiencePhotos[experienceKinds[i % experienceKinds.length]!.slug](cityOf(i).landmarks[0]!.name),
      );
      const photoIds = await insertMediaFiles(
        ctx,
        captions.flatMap((c, i) =>
          c.map((altText, n) => ({
            key: `seed/experiences/${rows[i]!.slug}/${n}.jpg`,
            kind: 'photo' as const,
            ownerId: rows[i]!.hostId,
            altText,
          })),
        ),
      );
      await ctx.insert(
        experienceImages,
        captions.flatMap((c, i) =>
          c.map((caption, n) => ({
            experienceId: experienceIds[i]!,
            mediaId: photoIds[i * 3 + n]!,
            caption,
            sortOrder: n,
            isCover: n === 0,
          })),
        ),
        { returnIds: false },
      );
    }
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
