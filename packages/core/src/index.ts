export * from './audit/history';
export * from './client';
export * from './columns';
export * from './context';
export { iso4217 } from './currencies-data';
export * from './errors';
export * from './geo';
export * from './health';
export * from './limits';
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
export { auditTriggersSql, type StandardTriggerSpec, standardTriggersSql } from './logic/standard-triggers';
export type { DatabaseLogic } from './logic/types';
export { type WriteGuardSpec, writeGuardSql } from './logic/write-guard';
export { appRole, backofficeRole, currentActor, ownedBy, privateRowPolicies, roleNames } from './roles';
export * from './rules';

import { loadSqlFolder, type RenderedSql, renderedSqlFile } from './logic/load';
import { standardTriggersSql } from './logic/standard-triggers';
import type { DatabaseLogic } from './logic/types';
import { partitionPolicies } from './schema/partition-policies';

export * from './migrate';
export * from './money';
export * from './outbox';
export * from './raw';
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
export * from './repository';
export * from './retry';
export * from './schema';
export * from './types';
export * from './validation';

/** Core's repeatable SQL (`src/sql/`), applied first: the functions every domain's triggers call. */
export const coreLogic: DatabaseLogic[] = loadSqlFolder('core', new URL('./sql/', import.meta.url));

/** Core's rendered SQL (`pnpm sql:render`): partition_policies keeps its updated_at (no id: not audited). */
export const coreRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/core/src/index.ts',
    standardTriggersSql([{ table: partitionPolicies, audit: false }]),
  ),
};
