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
  wishlists,
} from '@touriquest/social';
import { cities } from './cities';
import type { SeedModule } from './context';

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

    await ctx.insert(
      wishlists,
      userIds
        .filter((_, i) => i % 3 === 0)
        .map((userId, i) => ({
          userId,
          name: `${cities[i % cities.length]!.name} someday`,
          visibility: i % 2 === 0 ? ('private' as const) : ('public' as const),
        })),
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
