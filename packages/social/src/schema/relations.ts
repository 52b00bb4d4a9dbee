import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { activityFeed } from './activity-feed';
import { notifications } from './notifications';
import { postComments } from './post-comments';
import { postLikes } from './post-likes';
import { socialPosts } from './social-posts';
import { travelGroupMembers } from './travel-group-members';
import { travelGroups } from './travel-groups';
import { userFollows } from './user-follows';
import { userSocialProfiles } from './user-social-profiles';
import { wishlistItems } from './wishlist-items';
import { wishlists } from './wishlists';

export const activityFeedRelations = relations(activityFeed, ({ one }) => ({
  actor: one(users, { fields: [activityFeed.actorId], references: [users.id] }),
}));

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
}));

export const socialPostsRelations = relations(socialPosts, ({ one, many }) => ({
  author: one(users, { fields: [socialPosts.authorId], references: [users.id] }),
  property: one(properties, { fields: [socialPosts.propertyId], references: [properties.id] }),
  likes: many(postLikes),
  comments: many(postComments),
}));

export const postLikesRelations = relations(postLikes, ({ one }) => ({
  post: one(socialPosts, { fields: [postLikes.postId], references: [socialPosts.id] }),
  user: one(users, { fields: [postLikes.userId], references: [users.id] }),
}));

export const postCommentsRelations = relations(postComments, ({ one, many }) => ({
  post: one(socialPosts, { fields: [postComments.postId], references: [socialPosts.id] }),
  author: one(users, { fields: [postComments.authorId], references: [users.id] }),
  parent: one(postComments, {
    fields: [postComments.parentId],
    references: [postComments.id],
    relationName: 'replies',
  }),
  replies: many(postComments, { relationName: 'replies' }),
}));

export const userSocialProfilesRelations = relations(userSocialProfiles, ({ one }) => ({
  user: one(users, { fields: [userSocialProfiles.userId], references: [users.id] }),
}));

export const userFollowsRelations = relations(userFollows, ({ one }) => ({
  follower: one(users, { fields: [userFollows.followerId], references: [users.id] }),
  followee: one(users, { fields: [userFollows.followeeId], references: [users.id] }),
}));

export const travelGroupsRelations = relations(travelGroups, ({ one, many }) => ({
  owner: one(users, { fields: [travelGroups.ownerId], references: [users.id] }),
  members: many(travelGroupMembers),
}));

export const travelGroupMembersRelations = relations(travelGroupMembers, ({ one }) => ({
  group: one(travelGroups, { fields: [travelGroupMembers.groupId], references: [travelGroups.id] }),
  user: one(users, { fields: [travelGroupMembers.userId], references: [users.id] }),
}));

export const wishlistsRelations = relations(wishlists, ({ one, many }) => ({
  user: one(users, { fields: [wishlists.userId], references: [users.id] }),
  items: many(wishlistItems),
}));

export const wishlistItemsRelations = relations(wishlistItems, ({ one }) => ({
  wishlist: one(wishlists, { fields: [wishlistItems.wishlistId], references: [wishlists.id] }),
  property: one(properties, { fields: [wishlistItems.propertyId], references: [properties.id] }),
}));
