import { geoPointSchema, metadataSchema } from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { COMMENT_BODY_MAX, EVENT_NAME_PATTERN, HANDLE_PATTERN, POST_BODY_MAX } from './constants';
import { activityFeed } from './schema/activity-feed';
import { notifications } from './schema/notifications';
import { postComments } from './schema/post-comments';
import { postLikes } from './schema/post-likes';
import { socialPosts } from './schema/social-posts';
import { travelGroupMembers } from './schema/travel-group-members';
import { travelGroups } from './schema/travel-groups';
import { userFollows } from './schema/user-follows';
import { userSocialProfiles } from './schema/user-social-profiles';
import { wishlistItems } from './schema/wishlist-items';
import { wishlists } from './schema/wishlists';

// Refinements are callbacks so drizzle-zod keeps each column's optional/nullable rules. Each one is the
// twin of a CHECK of the same table; trigger-owned counters are never accepted as input.
const rowStamps = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;
const softDeleteStamps = { deletedAt: true, deletedBy: true } as const;
const eventName = (what: string) =>
  z.string().regex(EVENT_NAME_PATTERN, `${what} must be dotted lower-case words`);

// user_social_profiles
const profileRefinements = {
  handle: () => z.string().regex(HANDLE_PATTERN, 'a handle is 3-30 characters of letters, digits, _ or .'),
  displayName: (s: z.ZodString) => s.min(1).max(80),
  bio: (s: z.ZodString) => s.max(1000),
};
const profileCounters = { followerCount: true, followingCount: true, postCount: true } as const;
export const insertUserSocialProfileSchema = createInsertSchema(userSocialProfiles, profileRefinements).omit({
  ...rowStamps,
  ...profileCounters,
});
export const updateUserSocialProfileSchema = createUpdateSchema(userSocialProfiles, profileRefinements).omit({
  ...rowStamps,
  ...profileCounters,
  userId: true,
});
export const selectUserSocialProfileSchema = createSelectSchema(userSocialProfiles, { handle: z.string() });

// user_follows
export const insertUserFollowSchema = createInsertSchema(userFollows)
  .omit({ createdAt: true })
  .refine((f) => f.followerId !== f.followeeId, {
    message: 'a user cannot follow themselves',
    path: ['followeeId'],
  });
export const selectUserFollowSchema = createSelectSchema(userFollows);
export const updateUserFollowSchema = createUpdateSchema(userFollows).omit({ createdAt: true });

// social_posts
const postRefinements = {
  body: (s: z.ZodString) => s.min(1).max(POST_BODY_MAX),
  location: () => geoPointSchema,
  metadata: () => metadataSchema,
};
const postCounters = { likeCount: true, commentCount: true } as const;
export const insertSocialPostSchema = createInsertSchema(socialPosts, postRefinements).omit({
  ...rowStamps,
  ...softDeleteStamps,
  ...postCounters,
});
export const updateSocialPostSchema = createUpdateSchema(socialPosts, postRefinements).omit({
  ...rowStamps,
  ...postCounters,
  authorId: true,
});
export const selectSocialPostSchema = createSelectSchema(socialPosts, {
  location: () => geoPointSchema,
  searchVector: z.string().nullable(),
});

// post_likes
export const insertPostLikeSchema = createInsertSchema(postLikes).omit({ createdAt: true });
export const updatePostLikeSchema = createUpdateSchema(postLikes).omit({ createdAt: true });
export const selectPostLikeSchema = createSelectSchema(postLikes);

// post_comments
const commentRefinements = { body: (s: z.ZodString) => s.min(1).max(COMMENT_BODY_MAX) };
export const insertPostCommentSchema = createInsertSchema(postComments, commentRefinements).omit({
  ...rowStamps,
  ...softDeleteStamps,
});
export const updatePostCommentSchema = createUpdateSchema(postComments, commentRefinements).omit({
  ...rowStamps,
  postId: true,
  authorId: true,
  parentId: true,
});
export const selectPostCommentSchema = createSelectSchema(postComments);

// travel_groups
const groupRefinements = {
  name: (s: z.ZodString) => s.min(1).max(120),
  maxMembers: (s: z.ZodNumber) => s.int().min(1).max(1000),
  startsOn: () => z.iso.date('trip dates are ISO yyyy-mm-dd'),
  endsOn: () => z.iso.date('trip dates are ISO yyyy-mm-dd'),
};
const tripDatesInOrder = (g: { startsOn?: string | null; endsOn?: string | null }) =>
  !g.startsOn || !g.endsOn || g.endsOn >= g.startsOn;
export const insertTravelGroupSchema = createInsertSchema(travelGroups, groupRefinements)
  .omit({ ...rowStamps, memberCount: true })
  .refine(tripDatesInOrder, { message: 'a trip cannot end before it starts', path: ['endsOn'] });
export const updateTravelGroupSchema = createUpdateSchema(travelGroups, groupRefinements)
  .omit({ ...rowStamps, memberCount: true, ownerId: true })
  .refine(tripDatesInOrder, { message: 'a trip cannot end before it starts', path: ['endsOn'] });
export const selectTravelGroupSchema = createSelectSchema(travelGroups);

// travel_group_members
export const insertTravelGroupMemberSchema = createInsertSchema(travelGroupMembers).omit(rowStamps);
export const updateTravelGroupMemberSchema = createUpdateSchema(travelGroupMembers).omit({
  ...rowStamps,
  groupId: true,
  userId: true,
});
export const selectTravelGroupMemberSchema = createSelectSchema(travelGroupMembers);

// wishlists
const wishlistRefinements = {
  name: (s: z.ZodString) => s.min(1).max(120),
  shareToken: (s: z.ZodString) => s.min(22),
};
// wishlists_share_token_check: a private wishlist has no token (the database makes one when it is shared).
export const insertWishlistSchema = createInsertSchema(wishlists, wishlistRefinements)
  .omit(rowStamps)
  .refine((w) => (w.visibility ?? 'private') !== 'private' || w.shareToken == null, {
    message: 'a private wishlist has no share token',
    path: ['shareToken'],
  });
export const updateWishlistSchema = createUpdateSchema(wishlists, wishlistRefinements).omit({
  ...rowStamps,
  userId: true,
});
export const selectWishlistSchema = createSelectSchema(wishlists);

// wishlist_items: exactly one listing (twin of wishlist_items_one_target_check)
type Arc = { propertyId?: string | null; poiId?: string | null; experienceId?: string | null };
export const exactlyOneListing = (a: Arc) =>
  [a.propertyId, a.poiId, a.experienceId].filter((v) => v != null).length === 1;
const oneListing = {
  message: 'a wishlist item is exactly one property, POI or experience',
  path: ['propertyId'],
};
export const insertWishlistItemSchema = createInsertSchema(wishlistItems, {
  note: (s: z.ZodString) => s.max(1000),
})
  .omit({ id: true, createdAt: true })
  .refine(exactlyOneListing, oneListing);
export const updateWishlistItemSchema = createUpdateSchema(wishlistItems, {
  note: (s: z.ZodString) => s.max(1000),
}).omit({
  id: true,
  createdAt: true,
  wishlistId: true,
  propertyId: true,
  poiId: true,
  experienceId: true,
});
export const selectWishlistItemSchema = createSelectSchema(wishlistItems);

// activity_feed
const activityRefinements = {
  verb: () => eventName('verb'),
  objectType: () => z.string().regex(/^[a-z][a-z0-9_]*$/, 'object type must be a lower-case word'),
  data: () => metadataSchema,
};
export const insertActivityFeedEntrySchema = createInsertSchema(activityFeed, activityRefinements)
  .omit({ id: true })
  .refine((a) => (a.targetType == null) === (a.targetId == null), {
    message: 'an activity target needs both a type and an id',
    path: ['targetId'],
  });
export const selectActivityFeedEntrySchema = createSelectSchema(activityFeed);

// notifications
const notificationRefinements = {
  type: () => eventName('type'),
  title: (s: z.ZodString) => s.min(1).max(200),
  data: () => metadataSchema,
};
export const insertNotificationSchema = createInsertSchema(notifications, notificationRefinements).omit({
  id: true,
  createdAt: true,
});
export const updateNotificationSchema = createUpdateSchema(notifications, notificationRefinements).omit({
  id: true,
  createdAt: true,
  userId: true,
});
export const selectNotificationSchema = createSelectSchema(notifications);
