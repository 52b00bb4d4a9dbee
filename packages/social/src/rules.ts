import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const socialRules = {
  user_follows_pkey: 'this user already follows that user',
  user_follows_not_self_check: 'a user cannot follow themselves',
  user_follows_blocked_check: 'these users have blocked each other: one cannot follow the other',
  user_social_profiles_user_id_key: 'this user already has a social profile',
  user_social_profiles_handle_key: 'this handle is already taken',
  user_social_profiles_handle_format_check: 'a handle is 3-30 characters of letters, digits, _ or .',
  social_posts_body_check: 'a post has 1 to 5000 characters',
  post_likes_pkey: 'this user already likes this post',
  post_comments_parent_same_post_fk: 'a reply must answer a comment of the same post',
  post_comments_body_check: 'a comment has 1 to 2000 characters',
  travel_groups_dates_check: 'a trip cannot end before it starts',
  travel_groups_max_members_check: 'a travel group has room for 1 to 1000 members',
  travel_groups_member_count_check: 'a travel group cannot have fewer places than joined members',
  travel_group_members_capacity_check: 'this travel group is full',
  travel_group_members_group_user_key: 'this user is already in the travel group',
  wishlists_share_token_check:
    'a private wishlist has no share token; a shared or public one has one of at least 22 characters',
  wishlists_share_token_key: 'this share token is already in use',
  wishlist_items_one_target_check: 'a wishlist item is exactly one property, POI or experience',
  wishlist_items_property_key: 'this property is already in the wishlist',
  wishlist_items_poi_key: 'this POI is already in the wishlist',
  wishlist_items_experience_key: 'this experience is already in the wishlist',
  wishlist_items_property_id_properties_id_fk: 'no such property',
  wishlist_items_poi_id_pois_id_fk: 'no such POI',
  wishlist_items_experience_id_experiences_id_fk: 'no such experience',
  activity_feed_verb_format_check: 'a verb is dotted lower-case words, e.g. post.created',
  activity_feed_target_check: 'an activity target needs both a type and an id',
  notifications_type_format_check: 'a notification type is dotted lower-case words, e.g. booking.confirmed',
  notifications_data_object_check: 'notification data must be a JSON object',
} as const satisfies Record<string, string>;

describeRules(socialRules);
