import type { Db } from '@touriquest/core';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { type AiConversation, aiConversations } from '../schema/ai-conversations';
import { type AiMessage, aiMessages, type NewAiMessage } from '../schema/ai-messages';

/** Append a message; the database assigns its `seq` and moves the conversation's counters. */
export async function appendMessage(db: Db, message: Omit<NewAiMessage, 'id' | 'seq'>): Promise<AiMessage> {
  const [row] = await db.insert(aiMessages).values(message).returning();
  return row!;
}

/** A conversation's messages in order (`ai_messages_conversation_seq_key`), from just after `afterSeq`. */
export function conversationMessagesQuery(
  db: Db,
  conversationId: string,
  opts: { afterSeq?: number; limit?: number } = {},
) {
  return db
    .select()
    .from(aiMessages)
    .where(
      and(
        eq(aiMessages.conversationId, conversationId),
        opts.afterSeq ? gt(aiMessages.seq, opts.afterSeq) : undefined,
      ),
    )
    .orderBy(asc(aiMessages.seq))
    .limit(Math.min(Math.max(opts.limit ?? 200, 1), 1000));
}

export async function listConversationMessages(
  db: Db,
  conversationId: string,
  opts: { afterSeq?: number; limit?: number } = {},
): Promise<AiMessage[]> {
  return conversationMessagesQuery(db, conversationId, opts);
}

/** A user's conversations, most recently active first (`ai_conversations_user_last_message_idx`). */
export async function listConversations(
  db: Db,
  userId: string,
  opts: { limit?: number } = {},
): Promise<AiConversation[]> {
  return db
    .select()
    .from(aiConversations)
    .where(eq(aiConversations.userId, userId))
    .orderBy(sql`${aiConversations.lastMessageAt} desc nulls last`, desc(aiConversations.id))
    .limit(Math.min(Math.max(opts.limit ?? 50, 1), 500));
}
