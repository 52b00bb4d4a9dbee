// What drizzle-kit sees for the ai-admin domain. The monthly-partitioned user_behavior_events and
// system_health_checks are created by this package's logic SQL and defined in ../partitioned.ts instead.
export * from './admin-audit-log';
export * from './ai-conversations';
export * from './ai-messages';
export * from './enums';
export * from './feature-usage';
export * from './relations';
export * from './smart-recommendations';
export * from './system-settings';
export * from './user-preference-learning';
