import {
  countryCodeSchema,
  currencyCodeSchema,
  e164PhoneSchema,
  emailSchema,
  geoPointSchema,
  ianaTimezoneSchema,
  jsonbTextBytes,
  limits,
  localeSchema,
  metadataSchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import {
  ACHIEVEMENT_CODE_PATTERN,
  BIO_MAX_LENGTH,
  LANGUAGE_CODE_PATTERN,
  MFA_SECRET_ENVELOPE_PATTERN,
  onboardingSteps,
  PASSWORD_HASH_PATTERN,
  TAG_PATTERN,
  TOKEN_HASH_PATTERN,
  USERNAME_PATTERN,
} from './constants';
import { achievements } from './schema/achievements';
import { travelHistory } from './schema/travel-history';
import { travelStats } from './schema/travel-stats';
import { userAchievements } from './schema/user-achievements';
import { userAuth } from './schema/user-auth';
import { userIdentities } from './schema/user-identities';
import { userOnboarding } from './schema/user-onboarding';
import { userPreferences } from './schema/user-preferences';
import { userProfiles } from './schema/user-profiles';
import { userSessions } from './schema/user-sessions';
import { userSocialConnections } from './schema/user-social-connections';
import { users } from './schema/users';

// Refinements are callbacks so drizzle-zod still applies each column's optional/nullable rules
// (a plain schema would replace the column's schema wholesale and make defaulted columns required).
const userRefinements = {
  email: () => emailSchema,
  username: () => z.string().regex(USERNAME_PATTERN, 'username must be 3-30 characters of a-z, 0-9, _ or .'),
  phone: () => e164PhoneSchema,
  locale: () => localeSchema,
  // users_timezone_check: a zone of the server's zone database (core's time_zones).
  timezone: () => ianaTimezoneSchema('Africa/Casablanca'),
  metadata: () => metadataSchema,
};

export const insertUserSchema = createInsertSchema(users, userRefinements).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  deletedBy: true,
  createdBy: true,
  updatedBy: true,
});
export const updateUserSchema = createUpdateSchema(users, userRefinements).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  createdBy: true,
  updatedBy: true,
});
export const selectUserSchema = createSelectSchema(users);

// Columns the database fills: never accepted from a caller.
const stamped = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;

/** Today's date (UTC) as YYYY-MM-DD, the twin of the trigger's current_date on UTC servers. */
const todayUtc = () => new Date().toISOString().slice(0, 10);
const isoDate = z.iso.date();
const tokenHash = z.string().regex(TOKEN_HASH_PATTERN, 'tokens are stored as sha256 hex hashes');
const tagList = (what: string) => z.array(z.string().regex(TAG_PATTERN, `${what} must be lower-case tags`));
const jsonObject = metadataSchema;

// user_profiles
const profileRefinements = {
  bio: (s: z.ZodString) => s.max(BIO_MAX_LENGTH, 'bio is limited to 2000 characters'),
  dateOfBirth: () =>
    isoDate
      .refine((d) => d <= todayUtc(), 'date of birth cannot be in the future')
      .refine((d) => d >= '1900-01-01', 'date of birth cannot be before 1900'),
  nationality: () => countryCodeSchema,
  homeCountryCode: () => countryCodeSchema,
  homeLocation: () => geoPointSchema,
  languages: () =>
    z.array(z.string().regex(LANGUAGE_CODE_PATTERN, 'languages must be ISO 639 codes such as en')),
  interests: () => tagList('interests'),
  metadata: () => metadataSchema,
};
export const insertUserProfileSchema = createInsertSchema(userProfiles, profileRefinements).omit(stamped);
export const updateUserProfileSchema = createUpdateSchema(userProfiles, profileRefinements).omit({
  ...stamped,
  userId: true,
});
export const selectUserProfileSchema = createSelectSchema(userProfiles, {
  homeLocation: () => geoPointSchema,
});

// user_auth
const authRefinements = {
  passwordHash: () =>
    z.string().regex(PASSWORD_HASH_PATTERN, 'password_hash must be an argon2, bcrypt or scrypt hash'),
  mfaSecretEncrypted: () =>
    z
      .string()
      .regex(
        MFA_SECRET_ENVELOPE_PATTERN,
        'the MFA secret must be an encrypted envelope v1:<key id>:<iv>:<ciphertext>:<tag> (encryptMfaSecret)',
      ),
  mfaRecoveryCodeHashes: () => z.array(tokenHash),
  failedLoginAttempts: (s: z.ZodNumber) => s.int().min(0),
  passwordResetTokenHash: () => tokenHash,
  emailVerificationTokenHash: () => tokenHash,
};
type AuthPairs = {
  mfaEnabled?: boolean | null;
  mfaSecretEncrypted?: string | null;
  passwordResetTokenHash?: string | null;
  passwordResetExpiresAt?: Date | null;
  emailVerificationTokenHash?: string | null;
  emailVerificationExpiresAt?: Date | null;
};
// The pair rules only hold on a whole row, so they refine the insert schema (an update may set one half
// of a pair the row already holds; the database still checks it).
const authPairs = (a: AuthPairs, ctx: z.RefinementCtx) => {
  if (a.mfaEnabled && a.mfaSecretEncrypted == null)
    ctx.addIssue({
      code: 'custom',
      path: ['mfaSecretEncrypted'],
      message: 'MFA cannot be enabled without an encrypted secret',
    });
  if ((a.passwordResetTokenHash == null) !== (a.passwordResetExpiresAt == null))
    ctx.addIssue({
      code: 'custom',
      path: ['passwordResetExpiresAt'],
      message: 'a reset token and its expiry go together',
    });
  if ((a.emailVerificationTokenHash == null) !== (a.emailVerificationExpiresAt == null))
    ctx.addIssue({
      code: 'custom',
      path: ['emailVerificationExpiresAt'],
      message: 'a verification token and its expiry go together',
    });
};
export const insertUserAuthSchema = createInsertSchema(userAuth, authRefinements)
  .omit(stamped)
  .superRefine(authPairs);
export const updateUserAuthSchema = createUpdateSchema(userAuth, authRefinements).omit({
  ...stamped,
  userId: true,
});
/** Never hand the secret columns to a client: this schema strips them. */
export const selectUserAuthSchema = createSelectSchema(userAuth).omit({
  passwordHash: true,
  mfaSecretEncrypted: true,
  mfaRecoveryCodeHashes: true,
  passwordResetTokenHash: true,
  emailVerificationTokenHash: true,
});

// user_identities
const identityRefinements = {
  providerUserId: (s: z.ZodString) => s.trim().min(1),
  providerEmail: () => emailSchema,
  metadata: () => metadataSchema,
};
export const insertUserIdentitySchema = createInsertSchema(userIdentities, identityRefinements).omit(stamped);
export const updateUserIdentitySchema = createUpdateSchema(userIdentities, identityRefinements).omit({
  ...stamped,
  userId: true,
  provider: true,
  providerUserId: true,
});
export const selectUserIdentitySchema = createSelectSchema(userIdentities);

// user_sessions
const sessionRefinements = { refreshTokenHash: () => tokenHash, ip: () => z.union([z.ipv4(), z.ipv6()]) };
export const insertUserSessionSchema = createInsertSchema(userSessions, sessionRefinements)
  .omit({ id: true, revokedAt: true, revokedReason: true })
  .refine((s) => s.expiresAt > (s.createdAt ?? new Date()), {
    path: ['expiresAt'],
    message: 'a session must expire after it is created',
  });
export const updateUserSessionSchema = createUpdateSchema(userSessions, sessionRefinements)
  .pick({ lastSeenAt: true, revokedAt: true, revokedReason: true, ip: true, userAgent: true })
  .refine((s) => s.revokedReason == null || s.revokedAt != null, {
    path: ['revokedReason'],
    message: 'a revocation reason goes with revoked_at',
  });
export const selectUserSessionSchema = createSelectSchema(userSessions).omit({ refreshTokenHash: true });

// user_social_connections
export const insertUserSocialConnectionSchema = createInsertSchema(userSocialConnections)
  .omit({ ...stamped, respondedAt: true })
  .refine((c) => c.requesterId !== c.addresseeId, {
    path: ['addresseeId'],
    message: 'a user cannot connect with themselves',
  })
  .refine((c) => c.blockedBy == null || c.blockedBy === c.requesterId || c.blockedBy === c.addresseeId, {
    path: ['blockedBy'],
    message: 'a blocked connection names which of the two users blocked',
  });
export const updateUserSocialConnectionSchema = createUpdateSchema(userSocialConnections).pick({
  status: true,
  blockedBy: true,
});
export const selectUserSocialConnectionSchema = createSelectSchema(userSocialConnections);

// user_preferences
const notificationSettingsSchema = z
  .object({ email: z.boolean(), push: z.boolean(), sms: z.boolean(), marketing: z.boolean() })
  .partial()
  .catchall(z.unknown());
const privacySettingsSchema = z
  .object({ profileVisibility: z.enum(['public', 'friends', 'private']), showTravelHistory: z.boolean() })
  .partial()
  .catchall(z.unknown());
// user_preferences_*_settings_size_check: a settings object is bounded like any metadata (core's limits.ts).
const fitsJson = (v: unknown) => jsonbTextBytes(v) <= limits.jsonBytes;
const tooBig = `settings are at most ${limits.jsonBytes} bytes of JSON`;
const preferenceRefinements = {
  currency: () => currencyCodeSchema,
  language: () => localeSchema,
  notificationSettings: () => notificationSettingsSchema.refine(fitsJson, tooBig),
  privacySettings: () => privacySettingsSchema.refine(fitsJson, tooBig),
  accessibilityNeeds: () => tagList('accessibility needs'),
};
export const insertUserPreferencesSchema = createInsertSchema(userPreferences, preferenceRefinements).omit(
  stamped,
);
export const updateUserPreferencesSchema = createUpdateSchema(userPreferences, preferenceRefinements).omit({
  ...stamped,
  userId: true,
});
export const selectUserPreferencesSchema = createSelectSchema(userPreferences);

// user_onboarding
const step = z.enum(onboardingSteps);
const onboardingRefinements = { currentStep: () => step, completedSteps: () => z.array(step) };
const onboardingDone = (o: { currentStep?: string; completedAt?: Date | null }) =>
  o.currentStep === undefined || (o.completedAt != null) === (o.currentStep === 'done');
export const insertUserOnboardingSchema = createInsertSchema(userOnboarding, onboardingRefinements)
  .omit({ id: true, createdAt: true, updatedAt: true })
  .refine((o) => onboardingDone({ currentStep: o.currentStep ?? 'welcome', completedAt: o.completedAt }), {
    path: ['completedAt'],
    message: 'onboarding is completed exactly when the current step is done',
  });
export const updateUserOnboardingSchema = createUpdateSchema(userOnboarding, onboardingRefinements)
  .omit({ id: true, createdAt: true, updatedAt: true, userId: true })
  .refine((o) => o.completedAt === undefined || onboardingDone(o), {
    path: ['completedAt'],
    message: 'onboarding is completed exactly when the current step is done',
  });
export const selectUserOnboardingSchema = createSelectSchema(userOnboarding);

// travel_history
const historyRefinements = {
  countryCode: () => countryCodeSchema,
  location: () => geoPointSchema,
  visitedFrom: () => isoDate,
  visitedTo: () => isoDate,
};
export const insertTravelHistorySchema = createInsertSchema(travelHistory, historyRefinements)
  .omit(stamped)
  .refine((h) => h.visitedTo >= h.visitedFrom, {
    path: ['visitedTo'],
    message: 'a visit cannot end before it starts',
  });
export const updateTravelHistorySchema = createUpdateSchema(travelHistory, historyRefinements)
  .omit({ ...stamped, userId: true })
  .refine((h) => !h.visitedFrom || !h.visitedTo || h.visitedTo >= h.visitedFrom, {
    path: ['visitedTo'],
    message: 'a visit cannot end before it starts',
  });
export const selectTravelHistorySchema = createSelectSchema(travelHistory, {
  location: () => geoPointSchema,
});

// travel_stats is derived by triggers; insert/update schemas exist for repair and seed tooling only.
const count = (s: z.ZodNumber) => s.int().min(0, 'travel stats cannot be negative');
const statsRefinements = {
  countriesVisited: count,
  citiesVisited: count,
  trips: count,
  nights: count,
  distanceKm: count,
  lastTripAt: () => isoDate,
};
export const insertTravelStatsSchema = createInsertSchema(travelStats, statsRefinements).omit({
  updatedAt: true,
});
export const updateTravelStatsSchema = createUpdateSchema(travelStats, statsRefinements).omit({
  userId: true,
  updatedAt: true,
});
export const selectTravelStatsSchema = createSelectSchema(travelStats);

// achievements
const achievementRefinements = {
  code: () =>
    z.string().regex(ACHIEVEMENT_CODE_PATTERN, 'achievement code must be 2-64 characters of a-z, 0-9 or _'),
  name: (s: z.ZodString) => s.trim().min(1),
  criteria: () => jsonObject,
  points: (s: z.ZodNumber) => s.int().min(0, 'achievement points cannot be negative'),
};
export const insertAchievementSchema = createInsertSchema(achievements, achievementRefinements).omit(stamped);
export const updateAchievementSchema = createUpdateSchema(achievements, achievementRefinements).omit(stamped);
export const selectAchievementSchema = createSelectSchema(achievements);

const progressRefinements = {
  progress: (s: z.ZodNumber) => s.int().min(0).max(100, 'progress is a percentage between 0 and 100'),
};
const awardConsistent = (a: { progress?: number; awardedAt?: Date | null }) =>
  a.awardedAt == null || a.progress === undefined || a.progress === 100;
export const insertUserAchievementSchema = createInsertSchema(userAchievements, progressRefinements)
  .omit({ id: true, createdAt: true, updatedAt: true })
  .refine((a) => awardConsistent({ progress: a.progress ?? 0, awardedAt: a.awardedAt }), {
    path: ['awardedAt'],
    message: 'an achievement is awarded exactly when progress reaches 100',
  });
export const updateUserAchievementSchema = createUpdateSchema(userAchievements, progressRefinements)
  .pick({ progress: true, awardedAt: true })
  .refine(awardConsistent, {
    path: ['awardedAt'],
    message: 'an achievement is awarded exactly when progress reaches 100',
  });
export const selectUserAchievementSchema = createSelectSchema(userAchievements);
