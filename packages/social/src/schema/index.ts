// What drizzle-kit sees for the social domain.
export { activityFeed, activityFeedRelations } from './activity-feed';
export {
  notificationChannelEnum,
  postVisibilityEnum,
  travelGroupMemberStatusEnum,
  travelGroupRoleEnum,
  wishlistVisibilityEnum,
} from './enums';
export { notifications, notificationsRelations } from './notifications';
export { postComments, postCommentsRelations } from './post-comments';
export { postLikes, postLikesRelations } from './post-likes';
export { socialPosts, socialPostsRelations } from './social-posts';
export { travelGroupMembers, travelGroupMembersRelations } from './travel-group-members';
export { travelGroups, travelGroupsRelations } from './travel-groups';
export { userFollows, userFollowsRelations } from './user-follows';
export { userSocialProfiles, userSocialProfilesRelations } from './user-social-profiles';
export { wishlistItems, wishlistItemsRelations } from './wishlist-items';
export { wishlists, wishlistsRelations } from './wishlists';
