import { makeDraftPoi, makeUser, makeUsers, type TestDb } from '@touriquest/testing';
import { describeZodAgreement } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
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
} from '../src/schema';
import {
  insertActivityFeedEntrySchema,
  insertNotificationSchema,
  insertPostCommentSchema,
  insertPostLikeSchema,
  insertSocialPostSchema,
  insertTravelGroupMemberSchema,
  insertTravelGroupSchema,
  insertUserFollowSchema,
  insertUserSocialProfileSchema,
  insertWishlistItemSchema,
  insertWishlistSchema,
} from '../src/validation';

const objectId = '01890a5d-ac96-774b-bcce-b302099a8057';

async function post(tx: TestDb) {
  const [p] = await tx
    .insert(socialPosts)
    .values({ authorId: (await makeUser(tx)).id, body: 'Sunset over the medina' })
    .returning();
  return p!;
}

async function group(tx: TestDb) {
  const owner = await makeUser(tx);
  const [g] = await tx
    .insert(travelGroups)
    .values({ ownerId: owner.id, name: 'Atlas trek', destination: 'Imlil', maxMembers: 6 })
    .returning();
  return { group: g!, owner };
}

describeZodAgreement('@touriquest/social', schemaExports, [
  {
    table: wishlists,
    schema: insertWishlistSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id, name: 'Morocco 2027' }),
    hints: { shareToken: { extra: ['a'.repeat(22), 'a'.repeat(21), 'a'.repeat(43)] } },
  },
  {
    table: wishlistItems,
    schema: insertWishlistItemSchema,
    validRow: async (tx) => {
      const [w] = await tx
        .insert(wishlists)
        .values({ userId: (await makeUser(tx)).id, name: 'Trip' })
        .returning();
      return { wishlistId: w!.id, poiId: (await makeDraftPoi(tx)).id, note: 'At sunset' };
    },
  },
  {
    table: userSocialProfiles,
    schema: insertUserSocialProfileSchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      handle: 'amina.travels',
      displayName: 'Amina',
    }),
    hints: { avatarUrl: { extra: ['https://cdn.example.com/a.jpg', 'javascript:alert(1)'] } },
  },
  {
    table: socialPosts,
    schema: insertSocialPostSchema,
    validRow: async (tx) => ({
      authorId: (await makeUser(tx)).id,
      body: 'Sunset over the medina',
      placeName: 'Marrakesh',
    }),
  },
  {
    table: postLikes,
    schema: insertPostLikeSchema,
    validRow: async (tx) => ({ postId: (await post(tx)).id, userId: (await makeUser(tx)).id }),
  },
  {
    table: postComments,
    schema: insertPostCommentSchema,
    validRow: async (tx) => ({
      postId: (await post(tx)).id,
      authorId: (await makeUser(tx)).id,
      body: 'Beautiful!',
    }),
    crossRow: { post_comments_parent_same_post_fk: 'a reply must answer a comment of the same post' },
  },
  {
    table: userFollows,
    schema: insertUserFollowSchema,
    validRow: async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      return { followerId: a!.id, followeeId: b!.id };
    },
    crossRow: { user_follows_blocked_check: 'neither user may have blocked the other' },
  },
  {
    table: travelGroups,
    schema: insertTravelGroupSchema,
    validRow: async (tx) => ({
      ownerId: (await makeUser(tx)).id,
      name: 'Atlas trek',
      destination: 'Imlil',
      startsOn: '2027-04-01',
      endsOn: '2027-04-07',
      maxMembers: 6,
    }),
  },
  {
    table: travelGroupMembers,
    schema: insertTravelGroupMemberSchema,
    validRow: async (tx) => {
      const { group: g, owner } = await group(tx);
      return { groupId: g.id, userId: (await makeUser(tx)).id, invitedBy: owner.id };
    },
    crossRow: {
      travel_group_members_capacity_check: "joined members are counted against the group's max_members",
    },
  },
  {
    table: activityFeed,
    schema: insertActivityFeedEntrySchema,
    validRow: async (tx) => ({
      actorId: (await makeUser(tx)).id,
      verb: 'post.created',
      objectType: 'social_post',
      objectId,
    }),
    hints: { targetType: { extra: ['poi'] }, targetId: { extra: [objectId] } },
  },
  {
    table: notifications,
    schema: insertNotificationSchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      type: 'booking.confirmed',
      title: 'Booked!',
    }),
  },
]);
