// The ai-admin tables. user_behavior_events and system_health_checks are partitioned: drizzle.config.ts hides
// their files from drizzle-kit (migrations create them).
export { adminAuditLog, adminAuditLogRelations } from './admin-audit-log';
export { aiConversations, aiConversationsRelations } from './ai-conversations';
export { aiMessages, aiMessagesRelations } from './ai-messages';
export {
  aiConversationStatusEnum,
  aiMessageRoleEnum,
  clientPlatformEnum,
  healthStatusEnum,
  preferenceSourceEnum,
  systemSettingTypeEnum,
} from './enums';
export { featureUsage, featureUsageRelations } from './feature-usage';
export { smartRecommendations, smartRecommendationsRelations } from './smart-recommendations';
export { systemHealthChecks } from './system-health-checks';
export { systemSettings, systemSettingsPublic } from './system-settings';
export { userBehaviorEvents } from './user-behavior-events';
export { userPreferenceLearning, userPreferenceLearningRelations } from './user-preference-learning';
