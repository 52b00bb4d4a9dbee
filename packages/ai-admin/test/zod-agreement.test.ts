import { makeDraftPoi, makeUser, type TestDb } from '@touriquest/testing';
import { describeZodAgreement } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import {
  adminAuditLog,
  aiConversations,
  aiMessages,
  featureUsage,
  smartRecommendations,
  systemHealthChecks,
  systemSettings,
  userBehaviorEvents,
  userPreferenceLearning,
} from '../src/schema';
import {
  insertAdminAuditLogEntrySchema,
  insertAiConversationSchema,
  insertAiMessageSchema,
  insertFeatureUsageSchema,
  insertSmartRecommendationSchema,
  insertSystemHealthCheckSchema,
  insertSystemSettingSchema,
  insertUserBehaviorEventSchema,
  insertUserPreferenceLearningSchema,
} from '../src/validation';

async function conversation(tx: TestDb) {
  const [c] = await tx
    .insert(aiConversations)
    .values({ userId: (await makeUser(tx)).id, model: 'gpt-x' })
    .returning();
  return c!;
}

describeZodAgreement('@touriquest/ai-admin', schemaExports, [
  {
    table: aiConversations,
    schema: insertAiConversationSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id, model: 'gpt-x', title: 'Trip ideas' }),
  },
  {
    table: aiMessages,
    schema: insertAiMessageSchema,
    validRow: async (tx) => ({ conversationId: (await conversation(tx)).id, role: 'user', content: 'Hi' }),
    hints: { toolCallId: { extra: ['call_1'] }, toolCalls: { extra: [[{ name: 'search' }]] } },
    crossRow: { ai_messages_fixed_place_check: 'seq is assigned from the conversation’s counter' },
  },
  {
    table: userPreferenceLearning,
    schema: insertUserPreferenceLearningSchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      feature: 'likes.riads',
      weight: 0.8,
      source: 'behavior',
    }),
  },
  {
    table: smartRecommendations,
    schema: insertSmartRecommendationSchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      poiId: (await makeDraftPoi(tx)).id,
      score: 0.7,
      algorithm: 'two_tower.v3',
    }),
  },
  {
    table: systemSettings,
    schema: insertSystemSettingSchema,
    validRow: async () => ({ key: 'bookings.hold_minutes', value: 15, type: 'number' }),
    hints: { value: { extra: ['15', true, null] } },
  },
  {
    table: adminAuditLog,
    schema: insertAdminAuditLogEntrySchema,
    validRow: async (tx) => ({
      adminId: (await makeUser(tx)).id,
      action: 'user.suspend',
      targetType: 'user',
    }),
  },
  {
    table: userBehaviorEvents,
    schema: insertUserBehaviorEventSchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      sessionId: 's-1',
      eventType: 'search.performed',
    }),
  },
  {
    table: featureUsage,
    schema: insertFeatureUsageSchema,
    validRow: async (tx) => ({ featureKey: 'ai.chat', userId: (await makeUser(tx)).id, variant: 'B' }),
  },
  {
    table: systemHealthChecks,
    schema: insertSystemHealthCheckSchema,
    validRow: async () => ({ component: 'database', status: 'ok' }),
  },
]);
