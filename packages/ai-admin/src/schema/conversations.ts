import { id, metadata, mixinConstraints, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { aiConversationStatusEnum, aiMessageRoleEnum } from './enums';

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
    index('ai_conversations_user_last_message_idx').on(t.userId, t.lastMessageAt),
    check('ai_conversations_context_object_check', sql`jsonb_typeof(${t.context}) = 'object'`),
    check('ai_conversations_model_check', sql`length(${t.model}) between 1 and 100`),
    check(
      'ai_conversations_counts_check',
      sql`${t.messageCount} >= 0 and ${t.messageSeq} >= ${t.messageCount}`,
    ),
    mixinConstraints.metadata('ai_conversations', t),
  ],
);

/** One turn. `seq` is assigned by a trigger under the conversation's row lock: 1, 2, 3… per conversation. */
export const aiMessages = pgTable(
  'ai_messages',
  {
    ...id(),
    conversationId: uuid()
      .notNull()
      .references(() => aiConversations.id, { onDelete: 'cascade' }),
    seq: integer().notNull().default(0),
    role: aiMessageRoleEnum().notNull(),
    content: text().notNull().default(''),
    toolCalls: jsonb().$type<unknown[]>(),
    toolCallId: text(),
    model: text(),
    tokensIn: integer().notNull().default(0),
    tokensOut: integer().notNull().default(0),
    latencyMs: integer(),
    createdAt: timestamptz().notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    uniqueIndex('ai_messages_conversation_seq_key').on(t.conversationId, t.seq),
    check('ai_messages_seq_check', sql`${t.seq} > 0`),
    check('ai_messages_tokens_in_check', sql`${t.tokensIn} >= 0`),
    check('ai_messages_tokens_out_check', sql`${t.tokensOut} >= 0`),
    check('ai_messages_latency_check', sql`${t.latencyMs} >= 0`),
    check(
      'ai_messages_tool_calls_check',
      sql`${t.toolCalls} is null or (${t.role} = 'assistant' and jsonb_typeof(${t.toolCalls}) = 'array')`,
    ),
    check('ai_messages_tool_call_id_check', sql`(${t.role} = 'tool') = (${t.toolCallId} is not null)`),
  ],
);

export const aiConversationsRelations = relations(aiConversations, ({ one, many }) => ({
  user: one(users, { fields: [aiConversations.userId], references: [users.id] }),
  messages: many(aiMessages),
}));

export const aiMessagesRelations = relations(aiMessages, ({ one }) => ({
  conversation: one(aiConversations, {
    fields: [aiMessages.conversationId],
    references: [aiConversations.id],
  }),
}));

export type AiConversation = typeof aiConversations.$inferSelect;
export type NewAiConversation = typeof aiConversations.$inferInsert;
export type AiMessage = typeof aiMessages.$inferSelect;
export type NewAiMessage = typeof aiMessages.$inferInsert;
