import { id, jsonSizeCheck, limits, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { contentEntityTypeEnum } from './enums';

/**
 * Append-only snapshots of an entity's editable content. `version` counts 1, 2, 3… per entity: when an
 * insert leaves it null, a trigger assigns the next number under a per-entity advisory lock, so concurrent
 * writers get distinct consecutive versions (see recordVersion).
 */
export const contentVersions = pgTable(
  'content_versions',
  {
    ...id(),
    entityType: contentEntityTypeEnum().notNull(),
    entityId: uuid().notNull(),
    version: integer().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    changeSummary: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    jsonSizeCheck('content_versions', 'snapshot', t.snapshot, limits.largeJsonBytes),
    uniqueIndex('content_versions_entity_type_entity_id_version_key').on(t.entityType, t.entityId, t.version),
    check('content_versions_version_check', sql`${t.version} > 0`),
    check('content_versions_snapshot_object_check', sql`jsonb_typeof(${t.snapshot}) = 'object'`),
    // Deleting a user finds their rows here (foreign key to users).
    index('content_versions_author_id_idx').on(t.authorId).where(sql`${t.authorId} is not null`),
  ],
);

export type ContentVersion = typeof contentVersions.$inferSelect;
export type NewContentVersion = typeof contentVersions.$inferInsert;

export const contentVersionsRelations = relations(contentVersions, ({ one }) => ({
  author: one(users, { fields: [contentVersions.authorId], references: [users.id] }),
}));
