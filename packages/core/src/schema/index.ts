// Tables drizzle-kit manages for core. Partitioned tables (audit_log) are created by core's SQL logic and
// deliberately live outside this module, so generate and push never see them.
export * from './currencies';
export * from './outbox';
export * from './partition-policies';
