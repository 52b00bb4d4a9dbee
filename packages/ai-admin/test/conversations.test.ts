import { queryOne } from '@touriquest/core';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  explain,
  makeUsers,
  type TestDb,
} from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  aiConversations,
  aiMessages,
  appendMessage,
  conversationMessagesQuery,
  insertAiMessageSchema,
  listConversationMessages,
  listConversations,
} from '../src';

async function conversationCounts(db: TestDb, id: string) {
  const row = await queryOne<{
    stored: number;
    recount: number;
    last: Date | null;
    last_recount: Date | null;
  }>(
    db,
    sql`select c.message_count as stored, c.last_message_at as last,
          (select count(*)::int from ai_messages m where m.conversation_id = c.id) as recount,
          (select max(m.created_at) from ai_messages m where m.conversation_id = c.id) as last_recount
        from ai_conversations c where c.id = ${id}`,
  );
  expect(row!.stored).toBe(row!.recount);
  expect(row!.last === null ? null : new Date(row!.last).getTime()).toBe(
    row!.last_recount === null ? null : new Date(row!.last_recount).getTime(),
  );
  return row!;
}

async function newConversation(db: TestDb) {
  const [u] = await makeUsers(db, 1);
  const [c] = await db
    .insert(aiConversations)
    .values({ userId: u!.id, model: 'gpt-x', title: 'Plan Fes' })
    .returning();
  return c!;
}

describeEngines('ai conversations', (ctx) => {
  it('numbers messages 1, 2, 3… per conversation, also within one multi-row insert', () =>
    ctx.rollback(async (tx) => {
      const c = await newConversation(tx);
      const other = await newConversation(tx);
      await appendMessage(tx, { conversationId: c.id, role: 'system', content: 'You are a guide.' });
      await tx.insert(aiMessages).values([
        { conversationId: c.id, role: 'user', content: 'Riads in Fes?', tokensIn: 12 },
        { conversationId: other.id, role: 'user', content: 'elsewhere' },
        { conversationId: c.id, role: 'assistant', content: 'Three ideas…', tokensOut: 80, latencyMs: 900 },
      ]);
      const msgs = await listConversationMessages(tx, c.id);
      expect(msgs.map((m) => [m.seq, m.role])).toEqual([
        [1, 'system'],
        [2, 'user'],
        [3, 'assistant'],
      ]);
      expect((await listConversationMessages(tx, c.id, { afterSeq: 2 })).map((m) => m.seq)).toEqual([3]);
      expect((await listConversationMessages(tx, other.id)).map((m) => m.seq)).toEqual([1]);
      const [empty] = await tx
        .insert(aiConversations)
        .values({ userId: c.userId, model: 'gpt-x' })
        .returning();
      expect((await listConversations(tx, c.userId)).map((x) => x.id)).toEqual([c.id, empty!.id]);
    }));

  it('keeps message_count and last_message_at equal to a recount through inserts and deletes', () =>
    ctx.rollback(async (tx) => {
      const c = await newConversation(tx);
      expect(await conversationCounts(tx, c.id)).toMatchObject({ stored: 0, last: null });
      const made = [];
      for (let i = 0; i < 5; i++)
        made.push(await appendMessage(tx, { conversationId: c.id, role: 'user', content: `m${i}` }));
      await tx.delete(aiMessages).where(eq(aiMessages.id, made[4]!.id)); // the newest: last_message_at moves back
      await tx.delete(aiMessages).where(eq(aiMessages.id, made[1]!.id));
      expect(await conversationCounts(tx, c.id)).toMatchObject({ stored: 3 });
      // Counters written directly are ignored; a new message continues after the highest seq ever given.
      await tx
        .update(aiConversations)
        .set({ messageCount: 99, title: 'Renamed' })
        .where(eq(aiConversations.id, c.id));
      const next = await appendMessage(tx, { conversationId: c.id, role: 'user', content: 'again' });
      expect(next.seq).toBe(6);
      expect(await conversationCounts(tx, c.id)).toMatchObject({ stored: 4 });
      await tx.delete(aiMessages).where(eq(aiMessages.conversationId, c.id));
      expect(await conversationCounts(tx, c.id)).toMatchObject({ stored: 0, last: null });
    }));

  it('validates roles, token counts, latency and tool calls in zod and SQL', () =>
    ctx.rollback(async (tx) => {
      const c = await newConversation(tx);
      const base = { conversationId: c.id, role: 'user' as const, content: 'hi' };
      for (const bad of [
        { ...base, role: 'robot' },
        { ...base, tokensIn: -1 },
        { ...base, tokensOut: 1.5 },
        { ...base, latencyMs: -3 },
        { ...base, toolCalls: [{ name: 'search' }] },
        { ...base, role: 'tool' },
      ]) {
        expect(insertAiMessageSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      }
      expect(
        insertAiMessageSchema.safeParse({ ...base, role: 'assistant', toolCalls: [{ name: 'search' }] })
          .success,
      ).toBe(true);
      expect(insertAiMessageSchema.safeParse({ ...base, role: 'tool', toolCallId: 'call_1' }).success).toBe(
        true,
      );
      await expectRule(tx, 'ai_messages_tokens_in_check', (sp) =>
        sp.insert(aiMessages).values({ ...base, tokensIn: -1 }),
      );
      await expectRule(tx, 'ai_messages_tokens_out_check', (sp) =>
        sp.insert(aiMessages).values({ ...base, tokensOut: -1 }),
      );
      await expectRule(tx, 'ai_messages_latency_check', (sp) =>
        sp.insert(aiMessages).values({ ...base, latencyMs: -3 }),
      );
      await expectRule(tx, 'ai_messages_tool_calls_check', (sp) =>
        sp.insert(aiMessages).values({ ...base, toolCalls: [{ name: 'search' }] }),
      );
      await expectRule(tx, 'ai_messages_tool_call_id_check', (sp) =>
        sp.insert(aiMessages).values({ ...base, role: 'tool' }),
      );
      // An unknown role is refused by the enum type itself (in a savepoint, so the test transaction lives on).
      await expect(
        tx.transaction((sp) =>
          sp.execute(
            sql`insert into ai_messages (conversation_id, role, content) values (${c.id}, 'robot', 'x')`,
          ),
        ),
      ).rejects.toThrow();
      const m = await appendMessage(tx, base);
      await expectRule(tx, 'ai_messages_fixed_place_check', (sp) =>
        sp.update(aiMessages).set({ seq: 7 }).where(eq(aiMessages.id, m.id)),
      );
      expect(await conversationCounts(tx, c.id)).toMatchObject({ stored: 1 });
    }));
});

describeServer('ai conversations on the server', (ctx) => {
  it('gives concurrent appends to one conversation distinct consecutive seqs', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 25 });
    try {
      const db = scratch.db as unknown as TestDb;
      const c = await newConversation(db);
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          appendMessage(db, { conversationId: c.id, role: 'user', content: `m${i}` }),
        ),
      );
      const msgs = await listConversationMessages(db, c.id);
      expect(msgs.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await conversationCounts(db, c.id)).toMatchObject({ stored: 20 });
    } finally {
      await scratch.drop();
    }
  });

  it('reads a conversation in order through ai_messages_conversation_seq_key', () =>
    ctx.rollback(async (tx) => {
      const c = await newConversation(tx);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await explain(tx, conversationMessagesQuery(tx, c.id, { afterSeq: 10 }));
      expect(plan).toContain('ai_messages_conversation_seq_key');
      expect(plan).not.toContain('Sort');
    }));
});
