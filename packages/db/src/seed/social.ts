import { experiences } from '@touriquest/experiences';
import { pois } from '@touriquest/poi';
import { properties } from '@touriquest/properties';
import {
  activityFeed,
  notifications,
  postComments,
  postLikes,
  socialPosts,
  travelGroupMembers,
  travelGroups,
  userFollows,
  userSocialProfiles,
  wishlistItems,
  wishlists,
} from '@touriquest/social';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { cities } from './cities';
import type { SeedContext, SeedModule } from './context';

export type ListingRef = { propertyId: string } | { poiId: string } | { experienceId: string };

/**
 * The active listings of each city, in slug order (deterministic, unlike ids), as exclusive-arc references
 * for wishlist items and recommendations: what a guest can actually see and save.
 */
export async function listingsByCity(ctx: SeedContext): Promise<Map<string, ListingRef[][]>> {
  const byCity = new Map<string, ListingRef[][]>(cities.map((c) => [c.name, [[], [], []]]));
  const add = (rows: { id: string; city: string | null }[], arm: 0 | 1 | 2) => {
    for (const r of rows) {
      const ref = arm === 0 ? { propertyId: r.id } : arm === 1 ? { poiId: r.id } : { experienceId: r.id };
      byCity.get(r.city ?? '')?.[arm]?.push(ref);
    }
  };
  const live = (t: typeof properties | typeof pois | typeof experiences) =>
    ctx.db
      .select({ id: t.id, city: t.city })
      .from(t)
      .where(and(eq(t.status, 'active'), isNull(t.deletedAt)))
      .orderBy(asc(t.slug));
  add(await live(properties), 0);
  add(await live(pois), 1);
  add(await live(experiences), 2);
  return byCity;
}

export const socialSeed: SeedModule = {
  name: 'social',
  needs: ['users', 'userSocialProfiles', 'userFollows', 'socialPosts'],
  async run(ctx) {
    const f = ctx.faker;
    const userIds = ctx.ids.users ?? [];
    if (userIds.length < 3) return;
    await ctx.insert(
      userSocialProfiles,
      userIds.map((userId, i) => ({
        userId,
        handle: `traveler_${i}`,
        displayName: f.person.fullName(),
        bio: f.lorem.sentence(),
      })),
      { returnIds: false },
    );
    // Each user follows a handful of distinct others: (i + k·step) mod n never hits i for k < n.
    const follows: (typeof userFollows.$inferInsert)[] = [];
    const n = userIds.length;
    userIds.forEach((followerId, i) => {
      const k = Math.min(n - 1, f.number.int({ min: 2, max: 8 }));
      const step = f.number.int({ min: 1, max: Math.max(1, Math.floor((n - 1) / k)) });
      for (let j = 1; j <= k; j++) follows.push({ followerId, followeeId: userIds[(i + j * step) % n]! });
    });
    const uniq = new Map(
      follows.filter((x) => x.followerId !== x.followeeId).map((x) => [`${x.followerId}:${x.followeeId}`, x]),
    );
    await ctx.insert(userFollows, [...uniq.values()], { returnIds: false });

    const posts = userIds.flatMap((authorId, i) =>
      Array.from({ length: f.number.int({ min: 0, max: 3 }) }, () => {
        const city = cities[(i + f.number.int(9)) % cities.length]!;
        const lm = f.helpers.arrayElement(city.landmarks);
        return {
          authorId,
          body: `${f.helpers.arrayElement(['Loved', 'Finally saw', 'Sunset at', 'Morning walk to'])} ${lm.name} in ${city.name}. ${f.lorem.sentence()}`,
          location: {
            lon: lm.lon + f.number.float({ min: -0.004, max: 0.004, fractionDigits: 5 }),
            lat: lm.lat + f.number.float({ min: -0.003, max: 0.003, fractionDigits: 5 }),
          },
          placeName: lm.name,
          visibility: f.helpers.arrayElement(['public', 'public', 'followers'] as const),
        };
      }),
    );
    const postIds = await ctx.insert(socialPosts, posts);
    ctx.ids.posts = postIds;

    const likes = new Map<string, typeof postLikes.$inferInsert>();
    for (const postId of postIds) {
      for (const userId of f.helpers.arrayElements(userIds, { min: 0, max: 5 }))
        likes.set(`${postId}:${userId}`, { postId, userId });
    }
    await ctx.insert(postLikes, [...likes.values()], { returnIds: false });
    const comments = postIds.flatMap((postId) =>
      Array.from({ length: f.number.int({ min: 0, max: 2 }) }, () => ({
        postId,
        authorId: f.helpers.arrayElement(userIds),
        body: f.lorem.sentence(),
      })),
    );
    await ctx.insert(postComments, comments, { returnIds: false });

    const groups = Array.from({ length: Math.max(2, Math.floor(n / 20)) }, (_, i) => {
      const city = cities[i % cities.length]!;
      const start = f.date.soon({ days: 120, refDate: '2026-01-01' });
      return {
        ownerId: userIds[i % n]!,
        name: `${city.name} ${f.helpers.arrayElement(['food tour', 'weekend', 'photo walk', 'trip'])} ${i + 1}`,
        destination: city.name,
        startsOn: start.toISOString().slice(0, 10),
        endsOn: new Date(start.getTime() + 4 * 86_400_000).toISOString().slice(0, 10),
        maxMembers: f.number.int({ min: 4, max: 12 }),
        isPublic: i % 2 === 0,
      };
    });
    const groupIds = await ctx.insert(travelGroups, groups);
    const members = groupIds.flatMap((groupId, gi) => {
      const owner = groups[gi]!.ownerId;
      const others = f.helpers.arrayElements(
        userIds.filter((u) => u !== owner),
        { min: 1, max: groups[gi]!.maxMembers - 1 },
      );
      return [
        { groupId, userId: owner, role: 'owner' as const, status: 'joined' as const },
        ...others.map((userId, k) => ({
          groupId,
          userId,
          role: 'member' as const,
          status: k % 4 === 3 ? ('invited' as const) : ('joined' as const),
          invitedBy: owner,
        })),
      ];
    });
    await ctx.insert(travelGroupMembers, members, { returnIds: false });

    const lists = userIds
      .filter((_, i) => i % 3 === 0)
      .map((userId, i) => ({
        userId,
        city: cities[i % cities.length]!.name,
        name: `${cities[i % cities.length]!.name} someday`,
        visibility: i % 2 === 0 ? ('private' as const) : ('public' as const),
      }));
    const listIds = await ctx.insert(
      wishlists,
      lists.map(({ city: _, ...l }) => l),
    );
    // Each "<city> someday" list saves a few stays, sights and experiences of that city (distinct per arm,
    // as the partial unique keys require), added by its owner.
    const byCity = await listingsByCity(ctx);
    const notes = ['for the anniversary', 'with the kids?', 'must do', null, null, null];
    await ctx.insert(
      wishlistItems,
      listIds.flatMap((wishlistId, li) => {
        const [stays, sights, tours] = byCity.get(lists[li]!.city) ?? [[], [], []];
        return [
          ...f.helpers.arrayElements(stays!, { min: 1, max: 3 }),
          ...f.helpers.arrayElements(sights!, { min: 1, max: 3 }),
          ...f.helpers.arrayElements(tours!, { min: 0, max: 1 }),
        ].map((ref) => ({
          wishlistId,
          ...ref,
          addedBy: lists[li]!.userId,
          note: f.helpers.arrayElement(notes),
        }));
      }),
      { returnIds: false },
    );

    await ctx.insert(
      activityFeed,
      posts.map((p, i) => ({
        actorId: p.authorId,
        verb: 'post.created',
        objectType: 'social_post',
        objectId: postIds[i]!,
      })),
      { returnIds: false },
    );
    await ctx.insert(
      notifications,
      [...uniq.values()].slice(0, n * 2).map((x, i) => ({
        userId: x.followeeId,
        type: 'social.follow',
        title: 'You have a new follower',
        body: null,
        data: { followerId: x.followerId },
        channel: i % 5 === 0 ? ('email' as const) : ('in_app' as const),
        readAt: i % 3 === 0 ? new Date('2026-01-01T10:00:00Z') : null,
      })),
      { returnIds: false },
    );
  },
};
