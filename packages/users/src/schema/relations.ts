import { relations } from 'drizzle-orm';
import { achievements } from './achievements';
import { travelHistory } from './travel-history';
import { travelStats } from './travel-stats';
import { userAchievements } from './user-achievements';
import { userAuth } from './user-auth';
import { userIdentities } from './user-identities';
import { userOnboarding } from './user-onboarding';
import { userPreferences } from './user-preferences';
import { userProfiles } from './user-profiles';
import { userSessions } from './user-sessions';
import { userSocialConnections } from './user-social-connections';
import { users } from './users';

export const usersRelations = relations(users, ({ one, many }) => ({
  profile: one(userProfiles),
  auth: one(userAuth),
  preferences: one(userPreferences),
  onboarding: one(userOnboarding),
  travelStats: one(travelStats),
  identities: many(userIdentities),
  sessions: many(userSessions),
  travelHistory: many(travelHistory),
  achievements: many(userAchievements),
  sentConnections: many(userSocialConnections, { relationName: 'connection_requester' }),
  receivedConnections: many(userSocialConnections, { relationName: 'connection_addressee' }),
}));

export const userProfilesRelations = relations(userProfiles, ({ one }) => ({
  user: one(users, { fields: [userProfiles.userId], references: [users.id] }),
}));
export const userAuthRelations = relations(userAuth, ({ one }) => ({
  user: one(users, { fields: [userAuth.userId], references: [users.id] }),
}));
export const userPreferencesRelations = relations(userPreferences, ({ one }) => ({
  user: one(users, { fields: [userPreferences.userId], references: [users.id] }),
}));
export const userOnboardingRelations = relations(userOnboarding, ({ one }) => ({
  user: one(users, { fields: [userOnboarding.userId], references: [users.id] }),
}));
export const travelStatsRelations = relations(travelStats, ({ one }) => ({
  user: one(users, { fields: [travelStats.userId], references: [users.id] }),
}));
export const userIdentitiesRelations = relations(userIdentities, ({ one }) => ({
  user: one(users, { fields: [userIdentities.userId], references: [users.id] }),
}));
export const userSessionsRelations = relations(userSessions, ({ one }) => ({
  user: one(users, { fields: [userSessions.userId], references: [users.id] }),
}));
export const travelHistoryRelations = relations(travelHistory, ({ one }) => ({
  user: one(users, { fields: [travelHistory.userId], references: [users.id] }),
}));
export const userSocialConnectionsRelations = relations(userSocialConnections, ({ one }) => ({
  requester: one(users, {
    fields: [userSocialConnections.requesterId],
    references: [users.id],
    relationName: 'connection_requester',
  }),
  addressee: one(users, {
    fields: [userSocialConnections.addresseeId],
    references: [users.id],
    relationName: 'connection_addressee',
  }),
}));
export const achievementsRelations = relations(achievements, ({ many }) => ({
  awards: many(userAchievements),
}));
export const userAchievementsRelations = relations(userAchievements, ({ one }) => ({
  user: one(users, { fields: [userAchievements.userId], references: [users.id] }),
  achievement: one(achievements, { fields: [userAchievements.achievementId], references: [achievements.id] }),
}));
