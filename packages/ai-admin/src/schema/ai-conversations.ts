import {
  id,
  jsonSizeCheck,
  metadata,
  mixinConstraints,
  ownedBy,
  privateRowPolicies,
  timestamps,
  timestamptz,
} from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { aiMessages } from './ai-messages';
import { aiConversationStatusEnum } from './enums';

/**
 * An assistant conversation. `message_count`, `last_message_at` and `message_seq` (the seq of the newest
 * message ever appended) are owned by the triggers on ai_messages.
 */
export const aiConversations = pgTable(
  'ai_conversations',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text(),
    context: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    model: text().notNull(),
    status: aiConversationStatusEnum().notNull().default('active'),
    messageCount: integer().notNull().default(0),
    messageSeq: integer().notNull().default(0),
    lastMessageAt: timestamptz(),
    ...metadata(),
    ...timestamps(),
  },
  (t) => [
    jsonSizeCheck('ai_conversations', 'context', t.context),
    index('ai_conversations_user_last_message_idx').on(t.userId, t.lastMessageAt),
    check('ai_conversations_context_object_check', sql`jsonb_typeof(${t.context}) = 'object'`),
    check('ai_conversations_model_check', sql`length(${t.model}) between 1 and 100`),
    check(
      'ai_conversations_counts_check',
      sql`${t.messageCount} >= 0 and ${t.messageSeq} >= ${t.messageCount}`,
    ),
    ...mixinConstraints.metadata('ai_conversations', t),
    ...privateRowPolicies('ai_conversations', ownedBy(t.userId)),
  ],
);

export type AiConversation = typeof aiConversations.$inferSelect;
export type NewAiConversation = typeof aiConversations.$inferInsert;

export const aiConversationsRelations = relations(aiConversations, ({ one, many }) => ({
  user: one(users, { fields: [aiConversations.userId], references: [users.id] }),
  messages: many(aiMessages),
}));
