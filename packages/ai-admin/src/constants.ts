// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const aiConversationStatuses = ['active', 'archived', 'closed'] as const;
export const aiMessageRoles = ['system', 'user', 'assistant', 'tool'] as const;
export const preferenceSources = ['explicit', 'behavior', 'booking', 'review', 'model'] as const;
export const systemSettingTypes = ['string', 'number', 'boolean', 'json'] as const;
export const healthStatuses = ['ok', 'degraded', 'down'] as const;
export const clientPlatforms = ['web', 'ios', 'android'] as const;

/** Twin of the dotted-name checks (setting keys, feature keys, actions, event types, components). */
export const DOTTED_NAME_PATTERN = /^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$/;
export const VARIANT_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
/** What the default settings helpers return in place of a secret value. */
export const REDACTED = '[redacted]';
