import { boundedJson, jsonbTextBytes, largeJsonObjectSchema, limits, metadataSchema } from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { DOTTED_NAME_PATTERN, VARIANT_PATTERN } from './constants';
import { systemHealthChecks, userBehaviorEvents } from './schema';
import { adminAuditLog } from './schema/admin-audit-log';
import { aiConversations } from './schema/ai-conversations';
import { aiMessages } from './schema/ai-messages';
import { featureUsage } from './schema/feature-usage';
import { smartRecommendations } from './schema/smart-recommendations';
import { systemSettings } from './schema/system-settings';
import { userPreferenceLearning } from './schema/user-preference-learning';

// Refinements are callbacks so drizzle-zod keeps each column's optional/nullable rules. Each one is the
// twin of a CHECK of the same table; trigger-owned columns are never accepted as input.
const dotted = (what: string) =>
  z.string().regex(DOTTED_NAME_PATTERN, `${what} must be dotted lower-case words`);
const nonNegativeInt = (s: z.ZodNumber) => s.int().min(0);

// ai_conversations
const conversationRefinements = {
  context: () => metadataSchema,
  metadata: () => metadataSchema,
  model: (s: z.ZodString) => s.min(1).max(100),
};
const conversationOwned = {
  id: true,
  createdAt: true,
  updatedAt: true,
  messageCount: true,
  messageSeq: true,
  lastMessageAt: true,
} as const;
export const insertAiConversationSchema = createInsertSchema(aiConversations, conversationRefinements).omit(
  conversationOwned,
);
export const updateAiConversationSchema = createUpdateSchema(aiConversations, conversationRefinements).omit({
  ...conversationOwned,
  userId: true,
});
export const selectAiConversationSchema = createSelectSchema(aiConversations);

// ai_messages
const messageRefinements = {
  toolCalls: () =>
    z
      .array(z.unknown())
      .refine(
        (v) => jsonbTextBytes(v) <= limits.largeJsonBytes,
        `tool calls are at most ${limits.largeJsonBytes} bytes of JSON (ai_messages_tool_calls_size_check)`,
      ),
  tokensIn: nonNegativeInt,
  tokensOut: nonNegativeInt,
  latencyMs: nonNegativeInt,
};
type MessageShape = { role?: string; toolCalls?: unknown[] | null; toolCallId?: string | null };
const toolRules = (m: MessageShape, ctx: z.RefinementCtx) => {
  if (m.toolCalls != null && m.role !== 'assistant') {
    ctx.addIssue({
      code: 'custom',
      path: ['toolCalls'],
      message: 'only assistant messages carry tool calls',
    });
  }
  if (m.role !== undefined && (m.role === 'tool') !== (m.toolCallId != null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['toolCallId'],
      message: 'a tool message answers exactly one tool call id',
    });
  }
};
export const insertAiMessageSchema = createInsertSchema(aiMessages, messageRefinements)
  .omit({ id: true, seq: true, createdAt: true })
  .superRefine(toolRules);
export const updateAiMessageSchema = createUpdateSchema(aiMessages, messageRefinements)
  .omit({ id: true, seq: true, createdAt: true, conversationId: true })
  .superRefine(toolRules);
export const selectAiMessageSchema = createSelectSchema(aiMessages);

// user_preference_learning
const preferenceRefinements = {
  feature: () =>
    z.string().regex(/^[a-z][a-z0-9_]*([.][a-z0-9_]+)*$/, 'feature must be dotted lower-case words'),
  weight: (s: z.ZodNumber) => s.min(-1000).max(1000),
  confidence: (s: z.ZodNumber) => s.min(0).max(1),
};
export const insertUserPreferenceLearningSchema = createInsertSchema(
  userPreferenceLearning,
  preferenceRefinements,
).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
});
export const updateUserPreferenceLearningSchema = createUpdateSchema(
  userPreferenceLearning,
  preferenceRefinements,
).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  userId: true,
});
export const selectUserPreferenceLearningSchema = createSelectSchema(userPreferenceLearning);

// smart_recommendations: exactly one listing (twin of smart_recommendations_one_target_check)
type Arc = { propertyId?: string | null; poiId?: string | null; experienceId?: string | null };
const exactlyOneListing = (a: Arc) =>
  [a.propertyId, a.poiId, a.experienceId].filter((v) => v != null).length === 1;
const recommendationRefinements = {
  score: (s: z.ZodNumber) => s.min(0).max(1),
  algorithm: () => z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'algorithm must be a lower-case name'),
};
export const insertSmartRecommendationSchema = createInsertSchema(
  smartRecommendations,
  recommendationRefinements,
)
  .omit({ id: true, createdAt: true })
  .refine(exactlyOneListing, {
    message: 'a recommendation is exactly one property, POI or experience',
    path: ['propertyId'],
  })
  // smart_recommendations_expires_check: created now, so it must expire later than now.
  .refine((r) => r.expiresAt == null || r.expiresAt > new Date(), {
    message: 'a recommendation must expire after it is made',
    path: ['expiresAt'],
  });
export const updateSmartRecommendationSchema = createUpdateSchema(
  smartRecommendations,
  recommendationRefinements,
).omit({
  id: true,
  createdAt: true,
  userId: true,
  propertyId: true,
  poiId: true,
  experienceId: true,
});
export const selectSmartRecommendationSchema = createSelectSchema(smartRecommendations);

// system_settings
const jsonTypeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
// value is jsonb NOT NULL, and the driver sends a JS null as SQL NULL: a setting always has a value.
const settingRefinements = {
  key: () => dotted('key').max(100),
  value: () =>
    boundedJson(limits.largeJsonBytes).refine(
      (v) => v != null,
      'a setting needs a value (system_settings_value_not_null)',
    ),
};
const valueMatchesType = (s: { type?: string; value?: unknown }) =>
  s.type === undefined || s.type === 'json' || jsonTypeOf(s.value) === s.type;
const settingStamps = {
  id: true,
  createdAt: true,
  updatedAt: true,
  createdBy: true,
  updatedBy: true,
} as const;
export const insertSystemSettingSchema = createInsertSchema(systemSettings, settingRefinements)
  .omit(settingStamps)
  .refine(valueMatchesType, {
    message: "the setting's value does not have its declared type",
    path: ['value'],
  });
export const updateSystemSettingSchema = createUpdateSchema(systemSettings, settingRefinements)
  .omit({ ...settingStamps, key: true })
  .refine(valueMatchesType, {
    message: "the setting's value does not have its declared type",
    path: ['value'],
  });
export const selectSystemSettingSchema = createSelectSchema(systemSettings);

// admin_audit_log (append-only: no update schema)
export const insertAdminAuditLogEntrySchema = createInsertSchema(adminAuditLog, {
  action: () => dotted('action'),
  changes: () => largeJsonObjectSchema,
  ip: () => z.union([z.ipv4(), z.ipv6()]),
})
  .omit({ id: true, occurredAt: true })
  .refine((e) => e.targetId == null || e.targetType != null, {
    message: 'a target id needs a target type',
    path: ['targetType'],
  });
export const selectAdminAuditLogEntrySchema = createSelectSchema(adminAuditLog);

// feature_usage
const featureRefinements = {
  featureKey: () => dotted('feature key'),
  variant: () => z.string().regex(VARIANT_PATTERN, 'a variant is 1-40 letters, digits, _ or -'),
  useCount: (s: z.ZodNumber) => s.int().min(1),
};
// feature_usage_used_at_check: both default to now, so whichever is left out is now.
export const insertFeatureUsageSchema = createInsertSchema(featureUsage, featureRefinements)
  .omit({ id: true })
  // One clock reading for both: two `new Date()` calls can straddle a millisecond tick and refuse a valid row.
  .refine(
    (f) => {
      const now = new Date();
      return (f.lastUsedAt ?? now) >= (f.firstUsedAt ?? now);
    },
    {
      message: 'last use cannot be before first use',
      path: ['lastUsedAt'],
    },
  );
export const updateFeatureUsageSchema = createUpdateSchema(featureUsage, featureRefinements).omit({
  id: true,
  featureKey: true,
  userId: true,
});
export const selectFeatureUsageSchema = createSelectSchema(featureUsage);

// user_behavior_events and system_health_checks (partitioned, append-only: no update schemas)
export const insertUserBehaviorEventSchema = createInsertSchema(userBehaviorEvents, {
  eventType: () => dotted('event type'),
  properties: () => metadataSchema,
}).omit({ id: true });
export const selectUserBehaviorEventSchema = createSelectSchema(userBehaviorEvents);
export const insertSystemHealthCheckSchema = createInsertSchema(systemHealthChecks, {
  component: () => dotted('component'),
  metrics: () => metadataSchema,
}).omit({ id: true });
export const selectSystemHealthCheckSchema = createSelectSchema(systemHealthChecks);
