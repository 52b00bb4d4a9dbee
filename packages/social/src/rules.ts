import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const socialRules = defineRules({
  user_follows_pkey: { code: 'already_exists', message: 'this user already follows that user' },
  user_follows_not_self_check: { code: 'invalid_input', message: 'a user cannot follow themselves' },
  user_follows_blocked_check: {
    code: 'invalid_input',
    message: 'these users have blocked each other: one cannot follow the other',
  },
  user_social_profiles_user_id_key: {
    code: 'already_exists',
    message: 'this user already has a social profile',
  },
  user_social_profiles_handle_key: { code: 'already_exists', message: 'this handle is already taken' },
  user_social_profiles_handle_format_check: {
    code: 'invalid_input',
    message: 'a handle is 3-30 characters of letters, digits, _ or .',
  },
  social_posts_body_check: { code: 'invalid_input', message: 'a post has 1 to 5000 characters' },
  post_likes_pkey: { code: 'already_exists', message: 'this user already likes this post' },
  post_comments_parent_same_post_fk: {
    code: 'not_found',
    message: 'a reply must answer a comment of the same post',
  },
  post_comments_body_check: { code: 'invalid_input', message: 'a comment has 1 to 2000 characters' },
  travel_groups_dates_check: { code: 'invalid_input', message: 'a trip cannot end before it starts' },
  travel_groups_max_members_check: {
    code: 'invalid_input',
    message: 'a travel group has room for 1 to 1000 members',
  },
  travel_groups_member_count_check: {
    code: 'invalid_input',
    message: 'a travel group cannot have fewer places than joined members',
  },
  travel_group_members_capacity_check: { code: 'conflict', message: 'this travel group is full' },
  travel_group_members_group_user_key: {
    code: 'already_exists',
    message: 'this user is already in the travel group',
  },
  wishlists_share_token_check: {
    code: 'invalid_input',
    message:
      'a private wishlist has no share token; a shared or public one has one of at least 22 characters',
  },
  wishlists_share_token_key: { code: 'already_exists', message: 'this share token is already in use' },
  wishlist_items_one_target_check: {
    code: 'invalid_input',
    message: 'a wishlist item is exactly one property, POI or experience',
  },
  wishlist_items_property_key: {
    code: 'already_exists',
    message: 'this property is already in the wishlist',
  },
  wishlist_items_poi_key: { code: 'already_exists', message: 'this POI is already in the wishlist' },
  wishlist_items_experience_key: {
    code: 'already_exists',
    message: 'this experience is already in the wishlist',
  },
  wishlist_items_property_id_properties_id_fk: { code: 'not_found', message: 'no such property' },
  wishlist_items_poi_id_pois_id_fk: { code: 'not_found', message: 'no such POI' },
  wishlist_items_experience_id_experiences_id_fk: { code: 'not_found', message: 'no such experience' },
  activity_feed_verb_format_check: {
    code: 'invalid_input',
    message: 'a verb is dotted lower-case words, e.g. post.created',
  },
  activity_feed_target_check: {
    code: 'invalid_input',
    message: 'an activity target needs both a type and an id',
  },
  notifications_type_format_check: {
    code: 'invalid_input',
    message: 'a notification type is dotted lower-case words, e.g. booking.confirmed',
  },
  notifications_data_object_check: {
    code: 'invalid_input',
    message: 'notification data must be a JSON object',
  },
  activity_feed_data_object_check: { code: 'invalid_input', message: 'activity data must be a JSON object' },
  activity_feed_object_type_format_check: {
    code: 'invalid_input',
    message: 'an object type is a lower-case word such as post or review',
  },
  notifications_title_check: { code: 'invalid_input', message: 'a notification title is 1-200 characters' },
  post_comments_id_post_id_key: { code: 'already_exists', message: 'a comment belongs to exactly one post' },
  post_comments_not_own_parent_check: { code: 'invalid_input', message: 'a comment cannot answer itself' },
  social_posts_counts_check: { code: 'invalid_input', message: 'like and comment counts cannot be negative' },
  social_posts_location_range_check: {
    code: 'invalid_input',
    message: 'post location out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  social_posts_metadata_object_check: {
    code: 'invalid_input',
    message: 'post metadata must be a JSON object',
  },
  travel_groups_name_check: { code: 'invalid_input', message: 'a group name is 1-120 characters' },
  user_social_profiles_bio_check: {
    code: 'invalid_input',
    message: 'a social bio is limited to 1000 characters',
  },
  user_social_profiles_counts_check: {
    code: 'invalid_input',
    message: 'follower, following and post counts cannot be negative',
  },
  user_social_profiles_display_name_check: {
    code: 'invalid_input',
    message: 'a display name is 1-80 characters',
  },
  wishlist_items_note_check: {
    code: 'invalid_input',
    message: 'a wishlist note is limited to 1000 characters',
  },
  wishlists_name_check: { code: 'invalid_input', message: 'a wishlist name is 1-120 characters' },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  activity_feed_data_size_check: { code: 'invalid_input', message: 'data must be at most 16 KiB of JSON' },
  notifications_data_size_check: { code: 'invalid_input', message: 'data must be at most 16 KiB of JSON' },
  social_posts_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
});
