// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  COMMENT_BODY_MAX,
  EVENT_NAME_PATTERN,
  HANDLE_PATTERN,
  notificationChannels,
  POST_BODY_MAX,
  postVisibilities,
  travelGroupMemberStatuses,
  travelGroupRoles,
  wishlistVisibilities,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { socialLogic, socialRenderedSql } from './logic';
// Queries: feed
export { type FeedOptions, feedQuery, getActivityFeed, getFeed } from './queries/feed';
// Queries: notifications
export {
  listNotifications,
  markNotificationsRead,
  notificationsQuery,
  unreadNotificationCount,
  unreadNotificationCountSql,
} from './queries/notifications';
// Every rule this package raises: its error code and the sentence a service shows
export { socialRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/social/schema`)
export {
  type ActivityFeedEntry,
  activityFeed,
  activityFeedRelations,
  type NewActivityFeedEntry,
} from './schema/activity-feed';
export {
  notificationChannelEnum,
  postVisibilityEnum,
  travelGroupMemberStatusEnum,
  travelGroupRoleEnum,
  wishlistVisibilityEnum,
} from './schema/enums';
export {
  type NewNotification,
  type Notification,
  notifications,
  notificationsRelations,
} from './schema/notifications';
export {
  type NewPostComment,
  type PostComment,
  postComments,
  postCommentsRelations,
} from './schema/post-comments';
export { type NewPostLike, type PostLike, postLikes, postLikesRelations } from './schema/post-likes';
export {
  type NewSocialPost,
  type SocialPost,
  socialPosts,
  socialPostsRelations,
} from './schema/social-posts';
export {
  type NewTravelGroupMember,
  type TravelGroupMember,
  travelGroupMembers,
  travelGroupMembersRelations,
} from './schema/travel-group-members';
export {
  type NewTravelGroup,
  type TravelGroup,
  travelGroups,
  travelGroupsRelations,
} from './schema/travel-groups';
export {
  type NewUserFollow,
  type UserFollow,
  userFollows,
  userFollowsRelations,
} from './schema/user-follows';
export {
  type NewUserSocialProfile,
  type UserSocialProfile,
  userSocialProfiles,
  userSocialProfilesRelations,
} from './schema/user-social-profiles';
export {
  type NewWishlistItem,
  type WishlistItem,
  wishlistItems,
  wishlistItemsRelations,
} from './schema/wishlist-items';
export { type NewWishlist, type Wishlist, wishlists, wishlistsRelations } from './schema/wishlists';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  exactlyOneListing,
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
  selectActivityFeedEntrySchema,
  selectNotificationSchema,
  selectPostCommentSchema,
  selectPostLikeSchema,
  selectSocialPostSchema,
  selectTravelGroupMemberSchema,
  selectTravelGroupSchema,
  selectUserFollowSchema,
  selectUserSocialProfileSchema,
  selectWishlistItemSchema,
  selectWishlistSchema,
  updateNotificationSchema,
  updatePostCommentSchema,
  updatePostLikeSchema,
  updateSocialPostSchema,
  updateTravelGroupMemberSchema,
  updateTravelGroupSchema,
  updateUserFollowSchema,
  updateUserSocialProfileSchema,
  updateWishlistItemSchema,
  updateWishlistSchema,
} from './validation';
