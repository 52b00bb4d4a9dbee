// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  aiConversationStatuses,
  aiMessageRoles,
  clientPlatforms,
  DOTTED_NAME_PATTERN,
  healthStatuses,
  preferenceSources,
  REDACTED,
  systemSettingTypes,
  VARIANT_PATTERN,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { aiAdminLogic, aiAdminRenderedSql } from './logic';
// Queries: admin
export { adminActionsOn, eraseUserEvents, recordAdminAction, trackEvents } from './queries/admin';
// Queries: conversations
export {
  appendMessage,
  conversationMessagesQuery,
  listConversationMessages,
  listConversations,
} from './queries/conversations';
// Queries: features
export { recordFeatureUse } from './queries/features';
// Queries: health
export { latestHealthQuery, latestHealthStatus, recordHealthCheck } from './queries/health';
// Queries: preferences
export { learnedPreferences, learnPreference } from './queries/preferences';
// Queries: recommendations
export {
  activeRecommendations,
  activeRecommendationsQuery,
  recordRecommendationInteraction,
} from './queries/recommendations';
// Queries: settings
export {
  getSetting,
  getSettingValue,
  listSettings,
  type SecretOption,
  type SettingView,
  setSetting,
} from './queries/settings';
// Every rule this package raises: its error code and the sentence a service shows
export { aiAdminRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/ai-admin/schema`)
export {
  type AdminAuditLogEntry,
  adminAuditLog,
  adminAuditLogRelations,
  type NewAdminAuditLogEntry,
} from './schema/admin-audit-log';
export {
  type AiConversation,
  aiConversations,
  aiConversationsRelations,
  type NewAiConversation,
} from './schema/ai-conversations';
export { type AiMessage, aiMessages, aiMessagesRelations, type NewAiMessage } from './schema/ai-messages';
export {
  aiConversationStatusEnum,
  aiMessageRoleEnum,
  clientPlatformEnum,
  healthStatusEnum,
  preferenceSourceEnum,
  systemSettingTypeEnum,
} from './schema/enums';
export {
  type FeatureUsage,
  featureUsage,
  featureUsageRelations,
  type NewFeatureUsage,
} from './schema/feature-usage';
export {
  type NewSmartRecommendation,
  type SmartRecommendation,
  smartRecommendations,
  smartRecommendationsRelations,
} from './schema/smart-recommendations';
export {
  type NewSystemHealthCheck,
  type SystemHealthCheck,
  systemHealthChecks,
} from './schema/system-health-checks';
export {
  type NewSystemSetting,
  type SystemSetting,
  systemSettings,
  systemSettingsPublic,
} from './schema/system-settings';
export {
  type NewUserBehaviorEvent,
  type UserBehaviorEvent,
  userBehaviorEvents,
} from './schema/user-behavior-events';
export {
  type NewUserPreferenceLearning,
  type UserPreferenceLearning,
  userPreferenceLearning,
  userPreferenceLearningRelations,
} from './schema/user-preference-learning';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  insertAdminAuditLogEntrySchema,
  insertAiConversationSchema,
  insertAiMessageSchema,
  insertFeatureUsageSchema,
  insertSmartRecommendationSchema,
  insertSystemHealthCheckSchema,
  insertSystemSettingSchema,
  insertUserBehaviorEventSchema,
  insertUserPreferenceLearningSchema,
  selectAdminAuditLogEntrySchema,
  selectAiConversationSchema,
  selectAiMessageSchema,
  selectFeatureUsageSchema,
  selectSmartRecommendationSchema,
  selectSystemHealthCheckSchema,
  selectSystemSettingSchema,
  selectUserBehaviorEventSchema,
  selectUserPreferenceLearningSchema,
  updateAiConversationSchema,
  updateAiMessageSchema,
  updateFeatureUsageSchema,
  updateSmartRecommendationSchema,
  updateSystemSettingSchema,
  updateUserPreferenceLearningSchema,
} from './validation';
