// The ai-admin tables. user_behavior_events and system_health_checks are partitioned: drizzle.config.ts hides
// their files from drizzle-kit (migrations create them).
export * from './admin-audit-log';
export * from './ai-conversations';
export * from './ai-messages';
export * from './enums';
export * from './feature-usage';
export * from './smart-recommendations';
export * from './system-health-checks';
export * from './system-settings';
export * from './user-behavior-events';
export * from './user-preference-learning';
