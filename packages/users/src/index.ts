// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  ACHIEVEMENT_CODE_PATTERN,
  BIO_MAX_LENGTH,
  identityProviders,
  LANGUAGE_CODE_PATTERN,
  MFA_KEY_ID_PATTERN,
  MFA_SECRET_ENVELOPE_PATTERN,
  onboardingSteps,
  PASSWORD_HASH_PATTERN,
  socialConnectionStatuses,
  TAG_PATTERN,
  TOKEN_HASH_PATTERN,
  travelStyles,
  USERNAME_PATTERN,
  unitSystems,
  userRoles,
  userStatuses,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { usersLogic, usersRenderedSql } from './logic';
// Queries: auth
export { consumeOneTimeToken, issueOneTimeToken, type OneTimeTokenKind } from './queries/auth';
// Queries: connections
export {
  acceptConnection,
  blockUser,
  connectionQuery,
  declineConnection,
  findConnection,
  requestConnection,
  unblockUser,
} from './queries/connections';
// Queries: mfa
export {
  clearMfaSecret,
  type MfaRotation,
  readMfaSecret,
  rotateMfaSecrets,
  setMfaSecret,
} from './queries/mfa';
// Queries: mfa crypto
export {
  decryptMfaSecret,
  encryptMfaSecret,
  generateMfaKey,
  MFA_KEYS_ENV,
  type MfaKeyring,
  MfaSecretError,
  mfaEnvelopeKeyId,
  mfaKeyringFromEnv,
  parseMfaKeys,
} from './queries/mfa-crypto';
// Queries: sessions
export {
  activeSessions,
  type CreateSessionInput,
  createSession,
  expireSessions,
  findActiveSession,
  generateToken,
  hashToken,
  revokeSession,
  sessionByTokenQuery,
} from './queries/sessions';
// Queries: travel
export { recountTravelStats, refreshTravelStats, type TravelRecount, travelStatsOf } from './queries/travel';
// Every rule this package raises: its error code and the sentence a service shows
export { usersRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/users/schema`)
export {
  type Achievement,
  achievements,
  achievementsRelations,
  type NewAchievement,
} from './schema/achievements';
export {
  identityProviderEnum,
  socialConnectionStatusEnum,
  travelStyleEnum,
  unitSystemEnum,
  userRoleEnum,
  userStatusEnum,
} from './schema/enums';
export {
  type NewTravelHistoryEntry,
  type TravelHistoryEntry,
  travelHistory,
  travelHistoryRelations,
} from './schema/travel-history';
export {
  type NewTravelStats,
  type TravelStats,
  travelStats,
  travelStatsRelations,
} from './schema/travel-stats';
export {
  type NewUserAchievement,
  type UserAchievement,
  userAchievements,
  userAchievementsRelations,
} from './schema/user-achievements';
export { type NewUserAuth, type UserAuth, userAuth, userAuthRelations } from './schema/user-auth';
export {
  type NewUserIdentity,
  type UserIdentity,
  userIdentities,
  userIdentitiesRelations,
} from './schema/user-identities';
export {
  type NewUserOnboarding,
  type UserOnboarding,
  userOnboarding,
  userOnboardingRelations,
} from './schema/user-onboarding';
export {
  type NewUserPreferences,
  type NotificationSettings,
  type PrivacySettings,
  type UserPreferences,
  userPreferences,
  userPreferencesRelations,
} from './schema/user-preferences';
export {
  type NewUserProfile,
  type UserProfile,
  userProfiles,
  userProfilesRelations,
} from './schema/user-profiles';
export {
  type NewUserSession,
  type UserSession,
  userSessions,
  userSessionsRelations,
} from './schema/user-sessions';
export {
  type NewUserSocialConnection,
  type UserSocialConnection,
  userSocialConnections,
  userSocialConnectionsRelations,
} from './schema/user-social-connections';
export { type NewUser, type User, users, usersRelations } from './schema/users';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  insertAchievementSchema,
  insertTravelHistorySchema,
  insertTravelStatsSchema,
  insertUserAchievementSchema,
  insertUserAuthSchema,
  insertUserIdentitySchema,
  insertUserOnboardingSchema,
  insertUserPreferencesSchema,
  insertUserProfileSchema,
  insertUserSchema,
  insertUserSessionSchema,
  insertUserSocialConnectionSchema,
  selectAchievementSchema,
  selectTravelHistorySchema,
  selectTravelStatsSchema,
  selectUserAchievementSchema,
  selectUserAuthSchema,
  selectUserIdentitySchema,
  selectUserOnboardingSchema,
  selectUserPreferencesSchema,
  selectUserProfileSchema,
  selectUserSchema,
  selectUserSessionSchema,
  selectUserSocialConnectionSchema,
  updateAchievementSchema,
  updateTravelHistorySchema,
  updateTravelStatsSchema,
  updateUserAchievementSchema,
  updateUserAuthSchema,
  updateUserIdentitySchema,
  updateUserOnboardingSchema,
  updateUserPreferencesSchema,
  updateUserProfileSchema,
  updateUserSchema,
  updateUserSessionSchema,
  updateUserSocialConnectionSchema,
} from './validation';
