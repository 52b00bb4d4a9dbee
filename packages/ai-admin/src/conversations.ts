import type { Db } from '@touriquest/core';
import { and, asc, eq, gt } from 'drizzle-orm';
import { type AiMessage, aiMessages, type NewAiMessage } from './schema/conversations';

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
