import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { adminAuditLog } from './admin-audit-log';
import { aiConversations } from './ai-conversations';
import { aiMessages } from './ai-messages';
import { featureUsage } from './feature-usage';
import { smartRecommendations } from './smart-recommendations';
import { userPreferenceLearning } from './user-preference-learning';

export const adminAuditLogRelations = relations(adminAuditLog, ({ one }) => ({
  admin: one(users, { fields: [adminAuditLog.adminId], references: [users.id] }),
}));

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

export const featureUsageRelations = relations(featureUsage, ({ one }) => ({
  user: one(users, { fields: [featureUsage.userId], references: [users.id] }),
}));

export const userPreferenceLearningRelations = relations(userPreferenceLearning, ({ one }) => ({
  user: one(users, { fields: [userPreferenceLearning.userId], references: [users.id] }),
}));

export const smartRecommendationsRelations = relations(smartRecommendations, ({ one }) => ({
  user: one(users, { fields: [smartRecommendations.userId], references: [users.id] }),
  property: one(properties, { fields: [smartRecommendations.propertyId], references: [properties.id] }),
}));
