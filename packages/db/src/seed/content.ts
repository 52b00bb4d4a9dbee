import {
  contentAnalytics,
  contentModeration,
  contentRecommendations,
  contentTemplates,
  contentVersions,
  translations,
} from '@touriquest/content';
import { queryRows, sql } from '@touriquest/core';
import { contentTemplateSeeds } from './content-templates';
import type { SeedContext, SeedModule } from './context';

/** Category names in the locales of the seeded cities (generic translations: the categories have no own table). */
const categoryNames: Record<string, Record<string, string>> = {
  places: { fr: 'Lieux', es: 'Lugares', it: 'Luoghi', pt: 'Lugares', tr: 'Yerler', ja: '名所' },
  monument: {
    fr: 'Monuments',
    es: 'Monumentos',
    it: 'Monumenti',
    pt: 'Monumentos',
    tr: 'Anıtlar',
    ja: '史跡',
  },
  museum: { fr: 'Musées', es: 'Museos', it: 'Musei', pt: 'Museus', tr: 'Müzeler', ja: '博物館' },
  religious: {
    fr: 'Lieux de culte',
    es: 'Lugares de culto',
    it: 'Luoghi di culto',
    pt: 'Locais de culto',
    tr: 'İbadet yerleri',
    ja: '寺社',
  },
  park: {
    fr: 'Parcs et jardins',
    es: 'Parques y jardines',
    it: 'Parchi e giardini',
    pt: 'Parques e jardins',
    tr: 'Parklar ve bahçeler',
    ja: '公園・庭園',
  },
  market: { fr: 'Marchés', es: 'Mercados', it: 'Mercati', pt: 'Mercados', tr: 'Pazarlar', ja: '市場' },
  viewpoint: {
    fr: 'Points de vue',
    es: 'Miradores',
    it: 'Punti panoramici',
    pt: 'Miradouros',
    tr: 'Seyir noktaları',
    ja: '展望台',
  },
  'walking-tours': {
    fr: 'Visites à pied',
    es: 'Rutas a pie',
    it: 'Tour a piedi',
    pt: 'Passeios a pé',
    tr: 'Yürüyüş turları',
    ja: '街歩きツアー',
  },
  food: {
    fr: 'Gastronomie',
    es: 'Comida y bebida',
    it: 'Cibo e bevande',
    pt: 'Comida e bebida',
    tr: 'Yeme içme',
    ja: 'グルメ',
  },
};

/** The last day of the seeded analytics window (fixed, so a seed is the same whenever it runs). */
const ANALYTICS_END = Date.UTC(2025, 11, 31);
const ANALYTICS_DAYS = 7;

/**
 * Content's services over the seeded world: message templates, category names in every seeded locale,
 * edit history (versions 1 and 2) of some listings, a moderation queue (pending reviews and flagged posts,
 * some already decided), a week of listing analytics, and "nearby" recommendation edges computed with
 * PostGIS from the real coordinates.
 */
export const contentSeed: SeedModule = {
  name: 'content',
  needs: ['contentTemplates', 'translations', 'contentVersions', 'contentModeration', 'contentAnalytics'],
  async run(ctx) {
    const admin = ctx.ids.users?.[0];
    await ctx.insert(
      contentTemplates,
      contentTemplateSeeds.map((t) => ({ ...t, createdBy: admin })),
      { returnIds: false },
    );
    await seedCategoryTranslations(ctx);
    await seedVersions(ctx, admin);
    await seedModeration(ctx, admin);
    await seedAnalytics(ctx);
    await seedRecommendations(ctx);
  },
};

async function seedCategoryTranslations(ctx: SeedContext) {
  const categories = await queryRows<{
    id: string;
    slug: string;
    type: 'poi_category' | 'experience_category';
  }>(
    ctx.db,
    sql`select id, slug, 'poi_category' as type from poi_categories
        union all select id, slug, 'experience_category' from experience_categories order by 2, 3`,
  );
  await ctx.insert(
    translations,
    categories.flatMap((c) =>
      Object.entries(categoryNames[c.slug] ?? {}).map(([locale, value]) => ({
        entityType: c.type,
        entityId: c.id,
        field: 'name',
        locale,
        value,
      })),
    ),
    { returnIds: false },
  );
}

/** Every fourth listing was edited once: version 1 is the text it was created with, version 2 the edit. */
async function seedVersions(ctx: SeedContext, admin: string | undefined) {
  const listings = await queryRows<{
    type: 'property' | 'poi';
    id: string;
    title: string;
    summary: string | null;
  }>(
    ctx.db,
    sql`select * from (
          select 'property' as type, id, title, summary from properties
          union all select 'poi', id, name, summary from pois) l
        order by type, id`,
  );
  const edited = listings.filter((_, i) => i % 4 === 0);
  await ctx.insert(
    contentVersions,
    edited.flatMap((l) => [
      {
        entityType: l.type,
        entityId: l.id,
        version: 1,
        snapshot: { title: l.title, summary: l.summary },
        authorId: admin,
        changeSummary: 'created',
      },
      {
        entityType: l.type,
        entityId: l.id,
        version: 2,
        snapshot: { title: l.title, summary: `${l.summary ?? l.title} Recently renovated.` },
        authorId: admin,
        changeSummary: ctx.faker.helpers.arrayElement(['summary reworded', 'typo fixed', 'new photos noted']),
      },
    ]),
    { returnIds: false },
  );
}

/**
 * The moderators' queue: every pending review waits with its automatic score; one post in eight was
 * flagged — most approved or rejected by the admin (decided_at set, as the rule demands), a few escalated.
 */
async function seedModeration(ctx: SeedContext, admin: string | undefined) {
  const f = ctx.faker;
  const pendingReviews = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from reviews where status = 'pending' order by id`,
  );
  const flaggedPosts = (ctx.ids.posts ?? []).filter((_, i) => i % 8 === 3);
  const decidedAt = new Date(ANALYTICS_END);
  await ctx.insert(
    contentModeration,
    [
      ...pendingReviews.map((r) => ({
        entityType: 'review' as const,
        entityId: r.id,
        autoScore: f.number.float({ min: 0, max: 0.4, fractionDigits: 2 }),
        reason: 'new review awaiting publication',
      })),
      ...flaggedPosts.map((id, i) => {
        const status = (['approved', 'rejected', 'approved', 'escalated'] as const)[i % 4]!;
        const decided = status === 'approved' || status === 'rejected';
        return {
          entityType: 'social_post' as const,
          entityId: id,
          status,
          autoFlags: status === 'rejected' ? ['spam', 'external_link'] : ['profanity_suspected'],
          autoScore: f.number.float({ min: 0.5, max: 1, fractionDigits: 2 }),
          reason: 'automatic screening',
          moderatorId: decided ? admin : undefined,
          moderatorNotes: decided ? `${status} after review` : 'needs a second opinion',
          decidedAt: decided ? decidedAt : undefined,
        };
      }),
    ],
    { returnIds: false },
  );
}

/** A week of daily counters per property and POI; clicks never exceed views, bookings never exceed clicks. */
async function seedAnalytics(ctx: SeedContext) {
  const f = ctx.faker;
  const entities = [
    ...(ctx.ids.properties ?? []).map((id) => ({ type: 'property' as const, id })),
    ...(ctx.ids.pois ?? []).map((id) => ({ type: 'poi' as const, id })),
  ];
  const days = Array.from({ length: ANALYTICS_DAYS }, (_, d) =>
    new Date(ANALYTICS_END - d * 86_400_000).toISOString().slice(0, 10),
  );
  await ctx.insert(
    contentAnalytics,
    entities.flatMap((e) =>
      days.map((day) => {
        const views = f.number.int({ min: 5, max: 400 });
        const clicks = f.number.int({ min: 0, max: Math.floor(views / 4) });
        return {
          entityType: e.type,
          entityId: e.id,
          day,
          views,
          clicks,
          shares: f.number.int({ min: 0, max: 5 }),
          bookings: e.type === 'property' ? f.number.int({ min: 0, max: Math.floor(clicks / 10) }) : 0,
        };
      }),
    ),
    { returnIds: false },
  );
}

/**
 * "Nearby" edges from the real coordinates: each POI's three nearest other POIs and each property's two
 * nearest POIs, scored 1 / (1 + km) so closer is better. The nearest-neighbour lookups use the GiST index.
 */
async function seedRecommendations(ctx: SeedContext) {
  type Edge = { sourceType: 'poi' | 'property'; sourceId: string; targetId: string; km: number };
  const edges = await queryRows<Edge>(
    ctx.db,
    sql`select 'poi' as "sourceType", a.id as "sourceId", n.id as "targetId", n.km from pois a
          cross join lateral (
            select b.id, st_distance(a.location::geography, b.location::geography) / 1000 as km from pois b
             where b.id <> a.id and b.deleted_at is null
             order by b.location::geography <-> a.location::geography limit 3) n
        union all
        select 'property', p.id, n.id, n.km from properties p
          cross join lateral (
            select b.id, st_distance(p.location::geography, b.location::geography) / 1000 as km from pois b
             where b.deleted_at is null
             order by b.location::geography <-> p.location::geography limit 2) n
        order by 1, 2, 4, 3`,
  );
  await ctx.insert(
    contentRecommendations,
    edges.map((e) => ({
      sourceType: e.sourceType,
      sourceId: e.sourceId,
      targetType: 'poi' as const,
      targetId: e.targetId,
      score: Number((1 / (1 + Number(e.km))).toFixed(4)),
      algorithm: 'geo.nearby',
      reason: `${Number(e.km).toFixed(1)} km away`,
    })),
    { returnIds: false },
  );
}
