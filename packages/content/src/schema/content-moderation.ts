import { audit, id, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { contentEntityTypeEnum, moderationStatusEnum } from './enums';

/**
 * Moderation cases. Automatic screening fills `auto_flags`/`auto_score`; a moderator's approval or
 * rejection is a decision and carries `decided_at` (escalation is not). One open case per entity.
 */
export const contentModeration = pgTable(
  'content_moderation',
  {
    ...id(),
    entityType: contentEntityTypeEnum().notNull(),
    entityId: uuid().notNull(),
    status: moderationStatusEnum().notNull().default('pending'),
    autoFlags: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    autoScore: real(),
    reason: text(),
    moderatorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    moderatorNotes: text(),
    decidedAt: timestamptz(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    check('content_moderation_auto_score_check', sql`${t.autoScore} between 0 and 1`),
    check(
      'content_moderation_decided_at_check',
      sql`(${t.status} in ('approved', 'rejected')) = (${t.decidedAt} is not null)`,
    ),
    check(
      'content_moderation_auto_flags_check',
      sql`array_position(${t.autoFlags}, null) is null and (cardinality(${t.autoFlags}) = 0 or array_to_string(${t.autoFlags}, ',') ~ '^[a-z][a-z0-9_]{0,49}(,[a-z][a-z0-9_]{0,49})*$')`,
    ),
    uniqueIndex('content_moderation_open_entity_key')
      .on(t.entityType, t.entityId)
      .where(sql`${t.status} in ('pending', 'escalated')`),
    index('content_moderation_entity_idx').on(t.entityType, t.entityId),
    // The moderators' queue: open cases, oldest first.
    index('content_moderation_queue_idx')
      .on(t.status, t.createdAt)
      .where(sql`${t.status} in ('pending', 'escalated')`),
    // Deleting a user finds their rows here (foreign key to users).
    index('content_moderation_moderator_id_idx').on(t.moderatorId).where(sql`${t.moderatorId} is not null`),
  ],
);

export type ContentModeration = typeof contentModeration.$inferSelect;
export type NewContentModeration = typeof contentModeration.$inferInsert;

export const contentModerationRelations = relations(contentModeration, ({ one }) => ({
  moderator: one(users, { fields: [contentModeration.moderatorId], references: [users.id] }),
}));
