import { currentActor, id, jsonSizeCheck, limits, privateRowPolicies, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { aiConversations } from './ai-conversations';
import { aiMessageRoleEnum } from './enums';

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
    jsonSizeCheck('ai_messages', 'tool_calls', t.toolCalls, limits.largeJsonBytes),
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
    ...privateRowPolicies(
      'ai_messages',
      sql`exists (select 1 from ai_conversations c where c.id = ${t.conversationId} and c.user_id = ${currentActor})`,
    ),
  ],
);

export type AiMessage = typeof aiMessages.$inferSelect;
export type NewAiMessage = typeof aiMessages.$inferInsert;

export const aiMessagesRelations = relations(aiMessages, ({ one }) => ({
  conversation: one(aiConversations, {
    fields: [aiMessages.conversationId],
    references: [aiConversations.id],
  }),
}));
