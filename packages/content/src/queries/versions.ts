import type { Db } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import type { contentEntityTypes } from '../constants';
import { type ContentVersion, contentVersions } from '../schema/content-versions';

export type ContentEntityType = (typeof contentEntityTypes)[number];
export interface EntityRef {
  type: ContentEntityType;
  id: string;
}

/**
 * Stores the next version of an entity's content. The number is assigned by the database
 * (content_versions_number_trg, under a per-entity advisory lock), so concurrent editors get distinct,
 * consecutive versions. Under REPEATABLE READ or SERIALIZABLE a concurrent writer fails with a unique
 * violation instead; retry the transaction.
 */
export async function recordVersion(
  db: Db,
  entity: EntityRef,
  snapshot: Record<string, unknown>,
  opts: { authorId?: string | null; changeSummary?: string | null } = {},
): Promise<ContentVersion> {
  const [row] = await db
    .insert(contentVersions)
    .values({
      entityType: entity.type,
      entityId: entity.id,
      // null asks the trigger for the next number
      version: sql`null`,
      snapshot,
      authorId: opts.authorId ?? null,
      changeSummary: opts.changeSummary ?? null,
    })
    .returning();
  return row!;
}
