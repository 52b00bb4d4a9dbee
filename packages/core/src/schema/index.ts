// Core's tables. audit_log is partitioned: drizzle.config.ts hides its file from drizzle-kit (migrations create it).
export * from './audit-log';
export * from './currencies';
export * from './outbox';
export * from './partition-policies';
export * from './time-zones';
