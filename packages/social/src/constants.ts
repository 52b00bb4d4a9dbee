// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const postVisibilities = ['public', 'followers', 'private'] as const;
export const wishlistVisibilities = ['private', 'shared', 'public'] as const;
export const travelGroupRoles = ['owner', 'admin', 'member'] as const;
export const travelGroupMemberStatuses = ['invited', 'joined', 'left'] as const;
export const notificationChannels = ['in_app', 'email', 'push', 'sms'] as const;

/** Twin of user_social_profiles_handle_format_check (citext: compared case-insensitively, stored as typed). */
export const HANDLE_PATTERN = /^[A-Za-z0-9_.]{3,30}$/;
/** Twin of the verb/type format checks: `post.created`, `booking_confirmed`. */
export const EVENT_NAME_PATTERN = /^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$/;
export const POST_BODY_MAX = 5000;
export const COMMENT_BODY_MAX = 2000;
