export * from './audit/audit-log';
export * from './audit/history';
export * from './client';
export * from './columns';
export * from './context';
export * from './errors';
export * from './geo';
export * from './health';
export { bootstrapSql, bootstrapStatements, requiredExtensions } from './logic/bootstrap';
export {
  type CategoryTreeNames,
  categoryTreeSql,
  type ListingSearchSyncNames,
  listingSearchSyncSql,
  type SlugHistoryNames,
  slugHistorySql,
  type TimezoneRuleNames,
  timezoneRuleSql,
} from './logic/listing-sql';
export { type MediaKindNames, mediaKindSql } from './logic/media-kind';
export type { DatabaseLogic } from './logic/types';
export * from './migrate';
export * from './money';
export * from './outbox';
export * from './raw';
export * from './repository';
export * from './schema';
export * from './types';
export * from './validation';

import { coreFunctionLogic } from './logic/core.sql';
import { currencyLogic } from './logic/currencies.sql';
import type { DatabaseLogic } from './logic/types';

/** Core's database logic, applied first: functions every domain's triggers call, audit_log, currencies. */
export const coreLogic: DatabaseLogic[] = [...coreFunctionLogic, currencyLogic];

/** SQL that attaches the standard triggers (updated_at, actor stamps, soft delete, audit) to a table. */
export function standardTriggers(table: string, opts: { audit?: boolean; redact?: string[] } = {}): string {
  const redact = opts.redact?.length
    ? `array[${opts.redact.map((r) => `'${r}'`).join(', ')}]`
    : `'{}'::text[]`;
  return `select tq_attach_standard_triggers('public.${table}'::regclass, ${opts.audit ?? true}, ${redact});`;
}
