// The runtime schema of users: tables, enums, relations and views only (what drizzle-kit and createDb read).
export { achievements, achievementsRelations } from './achievements';
export {
  identityProviderEnum,
  socialConnectionStatusEnum,
  travelStyleEnum,
  unitSystemEnum,
  userRoleEnum,
  userStatusEnum,
} from './enums';
export { travelHistory, travelHistoryRelations } from './travel-history';
export { travelStats, travelStatsRelations } from './travel-stats';
export { userAchievements, userAchievementsRelations } from './user-achievements';
export { userAuth, userAuthRelations } from './user-auth';
export { userIdentities, userIdentitiesRelations } from './user-identities';
export { userOnboarding, userOnboardingRelations } from './user-onboarding';
export { userPreferences, userPreferencesRelations } from './user-preferences';
export { userProfiles, userProfilesRelations } from './user-profiles';
export { userSessions, userSessionsRelations } from './user-sessions';
export { userSocialConnections, userSocialConnectionsRelations } from './user-social-connections';
export { users, usersRelations } from './users';
