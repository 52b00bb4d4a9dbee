import {
  aiConversations,
  aiMessages,
  featureUsage,
  type NewUserBehaviorEvent,
  recordAdminAction,
  recordHealthCheck,
  setSetting,
  smartRecommendations,
  trackEvents,
  userPreferenceLearning,
} from '@touriquest/ai-admin';
import { users } from '@touriquest/users';
import { asc, eq, sql } from 'drizzle-orm';
import { asActor } from './bookings';
import { cities } from './cities';
import type { SeedContext, SeedModule } from './context';
import { type ListingRef, listingsByCity } from './social';

/** The seed's "now" for activity, as in the users seeder: data is a snapshot, never read from the clock. */
const seedNow = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;
const HOUR = 60 * MIN;

export const aiSeed: SeedModule = {
  name: 'ai-admin',
  needs: ['users', 'aiConversations', 'aiMessages'],
  async run(ctx) {
    const f = ctx.faker;
    const userIds = ctx.ids.users ?? [];
    const talkers = userIds.filter((_, i) => i % 2 === 0);
    const convIds = await ctx.insert(
      aiConversations,
      talkers.map((userId, i) => ({
        userId,
        title: `Trip ideas for ${cities[i % cities.length]!.name}`,
        model: 'tq-planner-1',
        context: { city: cities[i % cities.length]!.slug },
      })),
    );
    // Message order comes from the conversation's sequence (a trigger): insert each conversation's turns in order.
    const messages = convIds.flatMap((conversationId, i) => {
      const city = cities[i % cities.length]!;
      const lm = city.landmarks[i % city.landmarks.length]!;
      return [
        {
          conversationId,
          role: 'user' as const,
          content: `What should I see in ${city.name} in two days?`,
          tokensIn: 14,
        },
        {
          conversationId,
          role: 'assistant' as const,
          content: `Start at ${lm.name}, then ${city.landmarks
            .filter((l) => l !== lm)
            .map((l) => l.name)
            .join(', ')}.`,
          model: 'tq-planner-1',
          tokensIn: 120,
          tokensOut: f.number.int({ min: 40, max: 400 }),
          latencyMs: f.number.int({ min: 300, max: 4000 }),
        },
      ];
    });
    await ctx.insert(aiMessages, messages, { returnIds: false });
    const features = [
      'style.budget',
      'style.luxury',
      'interest.food',
      'interest.museums',
      'interest.outdoors',
    ];
    await ctx.insert(
      userPreferenceLearning,
      userIds.flatMap((userId) =>
        f.helpers.arrayElements(features, 2).map((feature) => ({
          userId,
          feature,
          weight: f.number.float({ min: -3, max: 3, fractionDigits: 3 }),
          confidence: f.number.float({ min: 0, max: 1, fractionDigits: 3 }),
          source: 'behavior' as const,
          modelVersion: 'seed-1',
        })),
      ),
      { returnIds: false },
    );
    await ctx.insert(
      featureUsage,
      userIds.map((userId, i) => ({
        featureKey: 'planner.chat',
        userId,
        variant: i % 2 ? 'A' : 'B',
        useCount: 1 + (i % 7),
      })),
      { returnIds: false },
    );
    // Both the suggestions and the browsing point at live listings of the seed cities.
    const byCity = await listingsByCity(ctx);
    const recs = await seedRecommendations(ctx, byCity);
    // The snapshot's months get real monthly partitions (not the catch-all default), so retention and
    // `maintain` treat seeded rows like any others.
    for (const parent of ['user_behavior_events', 'system_health_checks'])
      await partitionsSince(ctx, parent, new Date(seedNow - 31 * 24 * HOUR));
    const events = await seedBehaviour(ctx, byCity, recs);
    const checks = await seedHealthChecks(ctx);
    const actions = await seedSettings(ctx);
    ctx.log(
      `  ai-admin (package API): ${events} behaviour events, ${checks} health checks, ${actions} admin actions`,
    );
  },
};

/**
 * Three to six suggestions per user for a trip to another city (never their home city: users.ts homes user
 * i in cities[i mod n]), made in the two days before the snapshot. Most were shown; some were clicked,
 * some dismissed; they expire after two weeks. No package helper creates them (the models write them), so
 * they are plain inserts; the checks (one target, score 0..1, expiry after creation) still apply.
 */
async function seedRecommendations(ctx: SeedContext, byCity: Map<string, ListingRef[][]>) {
  const f = ctx.faker;
  const algorithms = [
    ['collab-filter', 'Travellers like you loved it'],
    ['content-similarity', 'Similar to places you saved'],
    ['trending.city', 'Trending this month'],
  ] as const;
  const rows = (ctx.ids.users ?? []).flatMap((userId, i) => {
    const city = cities[(i + 1 + f.number.int(cities.length - 2)) % cities.length]!;
    const pool = byCity.get(city.name)?.flat() ?? [];
    const createdAt = seedNow - f.number.int({ min: 2, max: 48 }) * HOUR;
    return f.helpers.arrayElements(pool, { min: Math.min(3, pool.length), max: 6 }).map((ref, k) => {
      const [algorithm, reason] = f.helpers.arrayElement(algorithms);
      const shownAt = k < 4 ? createdAt + f.number.int({ min: 1, max: 60 }) * MIN : null;
      const reaction = shownAt
        ? f.helpers.arrayElement(['none', 'none', 'clicked', 'dismissed'] as const)
        : 'none';
      const at = (t: number | null) => (t === null ? null : new Date(t));
      return {
        userId,
        ...ref,
        score: f.number.float({ min: 0.35, max: 0.99, fractionDigits: 3 }),
        reason: `${reason} (${city.name})`,
        algorithm,
        modelVersion: 'seed-1',
        createdAt: new Date(createdAt),
        shownAt: at(shownAt),
        clickedAt: at(reaction === 'clicked' ? shownAt! + f.number.int({ min: 5, max: 300 }) * 1000 : null),
        dismissedAt: at(
          reaction === 'dismissed' ? shownAt! + f.number.int({ min: 2, max: 30 }) * 1000 : null,
        ),
        expiresAt: new Date(createdAt + 14 * 24 * HOUR),
      };
    });
  });
  const ids = await ctx.insert(smartRecommendations, rows);
  return rows.map((r, k) => ({ ...r, id: ids[k]! }));
}

/** Monthly partitions of `parent` from the month of `since` up to the current one (core's partition helper). */
async function partitionsSince(ctx: SeedContext, parent: string, since: Date) {
  await ctx.db.execute(sql`
    select tq_ensure_monthly_partitions(${parent}, 0, m::int) from (
      select (extract(year from a) * 12 + extract(month from a)) as m
        from age(date_trunc('month', now() at time zone 'UTC'), date_trunc('month', ${since.toISOString()}::timestamptz at time zone 'UTC')) a) x`);
}

/**
 * Product analytics through `trackEvents` (as the app's event collector flushes them), routed to the
 * monthly partitions: one or two sessions per user in the month before the snapshot (open, search a city,
 * view a few of its listings), a click event for every clicked recommendation, and anonymous visitors.
 */
async function seedBehaviour(
  ctx: SeedContext,
  byCity: Map<string, ListingRef[][]>,
  recs: { userId: string; id: string; clickedAt: Date | null }[],
) {
  const f = ctx.faker;
  const events: Omit<NewUserBehaviorEvent, 'id'>[] = [];
  const viewed = (ref: ListingRef) =>
    'propertyId' in ref ? 'property.viewed' : 'poiId' in ref ? 'poi.viewed' : 'experience.viewed';
  const session = (userId: string | null) => {
    const sessionId = `sess_${f.string.alphanumeric(20)}`;
    const city = f.helpers.arrayElement(cities);
    let t = seedNow - f.number.int({ min: 60, max: 30 * 24 * 60 }) * MIN;
    const push = (eventType: string, properties: Record<string, unknown>) => {
      events.push({ userId, sessionId, eventType, properties, occurredAt: new Date(t) });
      t += f.number.int({ min: 5, max: 240 }) * 1000;
    };
    push('app.opened', { platform: f.helpers.arrayElement(['ios', 'android', 'web']) });
    push('search.performed', { city: city.name, guests: f.number.int({ min: 1, max: 4 }) });
    const pool = byCity.get(city.name)?.flat() ?? [];
    for (const ref of f.helpers.arrayElements(pool, { min: 1, max: userId ? 5 : 2 })) push(viewed(ref), ref);
  };
  (ctx.ids.users ?? []).forEach((userId, i) => {
    for (let s = 0; s <= i % 2; s++) session(userId);
  });
  for (const r of recs)
    if (r.clickedAt)
      events.push({
        userId: r.userId,
        eventType: 'recommendation.clicked',
        properties: { recommendationId: r.id },
        occurredAt: r.clickedAt,
      });
  for (let v = 0; v < Math.ceil((ctx.ids.users ?? []).length / 4); v++) session(null);
  // Batches under the bind-parameter limit (a collector flushes in batches too).
  let n = 0;
  for (let i = 0; i < events.length; i += 2_000) n += await trackEvents(ctx.db, events.slice(i, i + 2_000));
  return n;
}

/**
 * Every half hour of the last day before the snapshot, one check per component through `recordHealthCheck`:
 * mostly ok, with a search reindex (degraded for two hours) and a payment provider outage (down for half
 * an hour, degraded around it).
 */
async function seedHealthChecks(ctx: SeedContext) {
  const f = ctx.faker;
  const metrics: Record<string, () => Record<string, number>> = {
    'db.primary': () => ({
      latencyMs: f.number.int({ min: 1, max: 6 }),
      connections: f.number.int({ min: 20, max: 90 }),
    }),
    'db.replica': () => ({
      latencyMs: f.number.int({ min: 1, max: 8 }),
      lagMs: f.number.int({ min: 0, max: 400 }),
    }),
    'api.gateway': () => ({
      p95Ms: f.number.int({ min: 80, max: 260 }),
      errorRate: f.number.float({ max: 0.004, fractionDigits: 4 }),
    }),
    'search.index': () => ({ queryMs: f.number.int({ min: 8, max: 40 }) }),
    'payments.stripe': () => ({ latencyMs: f.number.int({ min: 150, max: 600 }) }),
    'queue.outbox': () => ({
      pending: f.number.int({ min: 0, max: 40 }),
      lagSeconds: f.number.int({ min: 0, max: 5 }),
    }),
  };
  let n = 0;
  for (let slot = 47; slot >= 0; slot--) {
    for (const [component, measure] of Object.entries(metrics)) {
      let status: 'ok' | 'degraded' | 'down' = 'ok';
      let message: string | null = null;
      if (component === 'search.index' && slot >= 10 && slot <= 13) {
        status = 'degraded';
        message = 'reindexing: queries served from the previous index';
      } else if (component === 'payments.stripe' && slot >= 4 && slot <= 6) {
        status = slot === 5 ? 'down' : 'degraded';
        message = slot === 5 ? 'provider timeouts (HTTP 504)' : 'elevated provider latency';
      }
      await recordHealthCheck(ctx.db, {
        component,
        status,
        metrics: measure(),
        message,
        checkedAt: new Date(seedNow - slot * 30 * MIN),
      });
      n++;
    }
  }
  return n;
}

/**
 * Runtime settings set by the admin through `setSetting`, each recorded in admin_audit_log with
 * `recordAdminAction` — under the admin as actor, so the row audit names them too. The trail records which
 * field changed, never the value (as for system_settings' own audit).
 */
async function seedSettings(ctx: SeedContext) {
  const [admin] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'admin'))
    .orderBy(asc(users.username))
    .limit(1);
  if (!admin) return 0;
  const settings = [
    {
      key: 'seed.scale',
      value: ctx.scale,
      type: 'string' as const,
      description: 'scale of the seeded dataset',
    },
    { key: 'seed.seed', value: ctx.seed, type: 'number' as const, description: 'faker seed of the dataset' },
    {
      key: 'bookings.hold_minutes',
      value: 15,
      type: 'number' as const,
      description: 'how long a pending booking holds its dates',
    },
    {
      key: 'ai.recommendations.enabled',
      value: true,
      type: 'boolean' as const,
      description: 'show smart recommendations',
    },
  ];
  await asActor(ctx, admin.id, async (tx) => {
    for (const [k, s] of settings.entries()) {
      await setSetting(tx, s);
      await recordAdminAction(tx, {
        adminId: admin.id,
        action: 'settings.update',
        targetType: 'system_setting',
        targetId: s.key,
        changes: { fields: ['value'], type: s.type },
        reason: 'initial configuration',
        ip: '10.20.0.15',
        userAgent: 'touriquest-admin/1.4',
        requestId: `seed-${ctx.seed}-admin-${k}`,
        occurredAt: new Date(seedNow - (settings.length - k) * 5 * MIN),
      });
    }
  });
  return settings.length;
}
