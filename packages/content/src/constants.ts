// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const mediaStatuses = ['uploading', 'processing', 'ready', 'failed'] as const;
/** Listings that have a search_index document. */
export const searchEntityTypes = ['property', 'poi', 'experience'] as const;
/** Every kind of row the polymorphic content tables may point at. */
export const contentEntityTypes = [
  'property',
  'poi',
  'experience',
  'review',
  'social_post',
  'user',
  'media_file',
  'content_template',
  'poi_category',
  'experience_category',
  'wishlist',
] as const;
export const templateChannels = ['email', 'sms', 'push', 'in_app', 'page'] as const;
export const moderationStatuses = ['pending', 'approved', 'rejected', 'escalated'] as const;
/** Moderation outcomes that need a moderator's decision time. */
export const decidedModerationStatuses = ['approved', 'rejected'] as const;
export const contentEventKinds = ['view', 'click', 'share', 'booking'] as const;

export const SHA256_HEX_PATTERN = /^[0-9a-f]{64}$/;
export const MIME_TYPE_PATTERN = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/;
/** Template variables are written {{name}}; names are identifiers. */
export const TEMPLATE_VARIABLE_PATTERN = /^[a-z][a-zA-Z0-9_]{0,63}$/;
export const TEMPLATE_KEY_PATTERN = /^[a-z0-9][a-z0-9_.-]{1,99}$/;
