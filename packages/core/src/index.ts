import { loadSqlFolder, type RenderedSql, renderedSqlFile } from './logic/load';
import { standardTriggersSql } from './logic/standard-triggers';
import type { DatabaseLogic } from './logic/types';
import { partitionPolicies } from './schema/partition-policies';

// Audit trail: reading a row’s history from audit_log
export { auditHistory } from './audit/history';
// Opening the database (server or embedded PGlite) and its engine facts
export {
  type CreateDbOptions,
  createDb,
  type Database,
  DatabaseConnectionError,
  type Db,
  defaultConnectTimeoutMs,
  defaultDataDir,
  type EmbeddedClient,
  type EmbeddedEngine,
  type Engine,
  parsePostgresUrl,
  redactUrl,
} from './client';
// Column helpers and custom types for table definitions
export {
  audit,
  currencyCode,
  geolocation,
  id,
  metadata,
  minorUnits,
  mixinConstraints,
  rating,
  type SearchWeights,
  searchable,
  softDelete,
  timestamps,
  timestamptz,
  trimmed,
  weightedTsvectorSql,
} from './columns';
// The acting user of a transaction (audit, row-level security)
export { type ActorContext, withActor } from './context';
// ISO 4217 reference data (seeds the currencies table)
export { iso4217 } from './currencies-data';
// Database errors as named rules a service can show
export {
  type BaseRuleCode,
  DatabaseRuleError,
  defineRules,
  findRule,
  mapRuleErrors,
  pgErrorOf,
  type RuleKind,
  type RuleSpec,
  type RulesTable,
  toRuleError,
} from './errors';
// Points and distances (PostGIS)
export { type GeoPoint, isValidLonLat, parseHexEwkbPoint, parsePoint, toEwkt } from './geo';
// Health checks for services
export { checkHealth, type HealthReport } from './health';
// Size limits shared by zod and the CHECKs
export {
  boundedJson,
  categoryDepthCheck,
  jsonbTextBytes,
  jsonSizeCheck,
  limits,
  searchTextSchema,
} from './limits';
// Shared SQL generators and repeatable-SQL loading (rendered into each package's src/sql by `pnpm sql:render`)
export { bootstrapSql, bootstrapStatements, requiredExtensions } from './logic/bootstrap';
export {
  type CategoryTreeNames,
  categoryTreeSql,
  type ListingSearchInsertNames,
  type ListingSearchSyncNames,
  listingSearchInsertSql,
  listingSearchSyncSql,
  type SlugHistoryNames,
  slugHistorySql,
  type TimezoneRuleNames,
  timezoneRuleSql,
} from './logic/listing-sql';
export { loadSqlFolder, type RenderedSql, renderedSqlFile } from './logic/load';
export { type MediaKindNames, mediaKindSql } from './logic/media-kind';
export { type StandardTriggerSpec, standardTriggersSql } from './logic/standard-triggers';
export type { DatabaseLogic } from './logic/types';
export { type WriteGuardSpec, writeGuardSql } from './logic/write-guard';
// The migration runner and database build state
export {
  actAsMigrator,
  applyDatabaseLogic,
  applyPushExtras,
  type DatabaseBuild,
  databaseBuild,
  type LockHolder,
  logicChecksum,
  logicObjects,
  type MigrateOptions,
  MigrationError,
  type MigrationFailure,
  type MigrationFile,
  MigrationLockError,
  type MigrationReport,
  type MigrationStatus,
  migrationStatus,
  readMigrationFolder,
  runMigrations,
  tablesNamedIn,
} from './migrate';
// Money in minor units and currency conversion
export { type Conversion, convertMinorUnits, convertMoney } from './money';
// Transactional outbox events
export {
  claimOutboxEvents,
  deliverOutbox,
  markEventsPublished,
  type NewOutboxEvent,
  type OutboxEvent,
  publishEvent,
} from './outbox';
// Prepared statements for hot read helpers, cached per Db
export { preparedQuery } from './prepared';
// Raw SQL on either engine
export { queryOne, queryRows, rawSession, rawTransaction, type ScriptSession, sql } from './raw';
// Read replicas: routing reads, reading your own writes, lag
export {
  markWrite,
  primaryOf,
  type ReplicaLag,
  readYourWrites,
  replicasOf,
  replicationLag,
  type WriteMark,
  waitForReplicas,
} from './replicas';
// Generic repository helpers (soft delete, pagination)
export {
  decodeCursor,
  encodeCursor,
  live,
  type Page,
  paginate,
  purgeDeleted,
  restoreWhere,
  softDeleteWhere,
} from './repository';
// Retrying serialization failures and deadlocks
export { isRetryableError, withRetryOnConflict } from './retry';
// Roles and row-level security policies (migrations 0013, 0014)
export { appRole, backofficeRole, currentActor, ownedBy, privateRowPolicies, roleNames } from './roles';
// Every rule this package raises: its error code and the sentence a service shows
export { coreRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/core/schema`)
export { type AuditAction, type AuditLogEntry, auditActions, auditLog } from './schema/audit-log';
export { currencies, exchangeRates } from './schema/currencies';
export { outboxEvents } from './schema/outbox';
export { partitionPolicies } from './schema/partition-policies';
export { timeZones } from './schema/time-zones';
// Custom column types (citext, ltree, ranges, tsvector, SRID 4326 points)
export { citext, daterange, geometryPoint4326, ltree, type Range, tstzrange, tsvector } from './types';
// zod building blocks that mirror core's CHECKs (patterns, codes, times, points, json sizes)
export {
  COUNTRY_CODE_PATTERN,
  CURRENCY_CODE_PATTERN,
  countryCodeSchema,
  currencyCodeSchema,
  dateRangeSchema,
  E164_PATTERN,
  EMAIL_PATTERN,
  e164PhoneSchema,
  emailSchema,
  endTimeOfDaySchema,
  fitsReal,
  geolocationOverrides,
  geoPointSchema,
  ianaTimezoneSchema,
  LOCALE_PATTERN,
  largeJsonObjectSchema,
  localeSchema,
  metadataSchema,
  metaRefinements,
  minorUnitsSchema,
  oneDecimalSchema,
  realSchema,
  SLUG_PATTERN,
  slugSchema,
  timeOfDaySchema,
} from './validation';

// Core's own repeatable SQL
/** Core's repeatable SQL (`src/sql/`), applied first: the functions every domain's triggers call. */
export const coreLogic: DatabaseLogic[] = loadSqlFolder('core', new URL('./sql/', import.meta.url));

/** Core's rendered SQL (`pnpm sql:render`): partition_policies keeps its updated_at (no id: not audited). */
export const coreRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/core/src/index.ts',
    standardTriggersSql([{ table: partitionPolicies, audit: false }]),
  ),
};
