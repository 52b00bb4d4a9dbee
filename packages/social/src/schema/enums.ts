import { pgEnum } from 'drizzle-orm/pg-core';
import {
  notificationChannels,
  postVisibilities,
  travelGroupMemberStatuses,
  travelGroupRoles,
  wishlistVisibilities,
} from '../constants';

export const postVisibilityEnum = pgEnum('post_visibility', postVisibilities);
export const wishlistVisibilityEnum = pgEnum('wishlist_visibility', wishlistVisibilities);
export const travelGroupRoleEnum = pgEnum('travel_group_role', travelGroupRoles);
export const travelGroupMemberStatusEnum = pgEnum('travel_group_member_status', travelGroupMemberStatuses);
export const notificationChannelEnum = pgEnum('notification_channel', notificationChannels);
