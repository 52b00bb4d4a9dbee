// Core's tables. audit_log is partitioned: drizzle.config.ts hides its file from drizzle-kit (migrations create it).
export { auditLog } from './audit-log';
export { currencies, exchangeRates } from './currencies';
export { outboxEvents } from './outbox';
export { partitionPolicies } from './partition-policies';
export { timeZones } from './time-zones';
