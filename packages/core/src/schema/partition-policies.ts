import { sql } from 'drizzle-orm';
import { check, interval, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../columns-base';

/** How `tq_maintain_partitions()` treats each monthly-partitioned table: months made ahead, retention. */
export const partitionPolicies = pgTable(
  'partition_policies',
  {
    parentTable: text().primaryKey(),
    /** Partitions whose month ended longer ago than this are dropped; null keeps everything. */
    retention: interval(),
    premakeMonths: smallint().notNull().default(3),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [check('partition_policies_premake_months_check', sql`${t.premakeMonths} between 0 and 24`)],
);
