import { describeEngines, makeUser, makeUsers, uniq } from '@touriquest/testing';
import { currencyHint, describeZodAgreement, sweep, timezoneHint } from '@touriquest/testing/zod-agreement';
import { expect, it } from 'vitest';
import { z } from 'zod';
import * as schemaExports from '../src/schema';
import {
  achievements,
  travelHistory,
  travelStats,
  userAchievements,
  userAuth,
  userIdentities,
  userOnboarding,
  userPreferences,
  userProfiles,
  userSessions,
  userSocialConnections,
  users,
} from '../src/schema';
import {
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
} from '../src/validation';

const sha = 'a'.repeat(64);
const hour = 3_600_000;

describeZodAgreement('@touriquest/users', schemaExports, [
  {
    table: users,
    schema: insertUserSchema,
    validRow: async () => {
      const name = uniq('u').replace(/-/g, '_');
      return {
        email: `${name}@example.com`,
        username: name.slice(0, 30),
        locale: 'en',
        timezone: 'Europe/Paris',
      };
    },
    hints: {
      username: { extra: ['ab', 'abc', 'a'.repeat(30), 'a'.repeat(31), 'Amina', 'am ina'] },
      timezone: timezoneHint,
    },
  },
  {
    table: userProfiles,
    schema: insertUserProfileSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id, bio: 'Hi', dateOfBirth: '1990-05-01' }),
  },
  {
    table: userAuth,
    schema: insertUserAuthSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id, passwordHash: '$argon2id$v=19$m=65536$abc' }),
    hints: {
      mfaSecretEncrypted: {
        extra: [
          'v1:abc',
          'plain-secret',
          'v1:',
          'v1:JBSWY3DPEHPK3PXP',
          `v1:k1:${'A'.repeat(16)}:c2VlZA:${'B'.repeat(22)}`,
          `v1:k1:${'A'.repeat(15)}:c2VlZA:${'B'.repeat(22)}`,
          `v2:k1:${'A'.repeat(16)}:c2VlZA:${'B'.repeat(22)}`,
          `v1:${'k'.repeat(33)}:${'A'.repeat(16)}:c2VlZA:${'B'.repeat(22)}`,
        ],
      },
      passwordResetTokenHash: { extra: [sha, sha.toUpperCase()] },
      passwordResetExpiresAt: { extra: [new Date(Date.now() + hour)] },
      emailVerificationTokenHash: { extra: [sha] },
      mfaRecoveryCodeHashes: { extra: [[sha], [sha, 'b'.repeat(64)]] },
    },
  },
  {
    table: userIdentities,
    schema: insertUserIdentitySchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      provider: 'google',
      providerUserId: 'g-123',
    }),
    hints: { providerEmail: { extra: ['amina@example.com', 'not-an-email'] } },
  },
  {
    table: userSessions,
    schema: insertUserSessionSchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      refreshTokenHash: sha,
      expiresAt: new Date(Date.now() + 24 * hour),
    }),
  },
  {
    table: userSocialConnections,
    schema: insertUserSocialConnectionSchema,
    validRow: async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      return { requesterId: a!.id, addresseeId: b!.id };
    },
  },
  {
    table: userPreferences,
    schema: insertUserPreferencesSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id, currency: 'EUR', language: 'fr-FR' }),
    hints: { currency: currencyHint },
  },
  {
    table: userOnboarding,
    schema: insertUserOnboardingSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id }),
  },
  {
    table: travelHistory,
    schema: insertTravelHistorySchema,
    validRow: async (tx) => ({
      userId: (await makeUser(tx)).id,
      countryCode: 'MA',
      visitedFrom: '2025-03-01',
      visitedTo: '2025-03-05',
    }),
  },
  {
    table: travelStats,
    schema: insertTravelStatsSchema,
    validRow: async (tx) => ({ userId: (await makeUser(tx)).id }),
  },
  {
    table: achievements,
    schema: insertAchievementSchema,
    validRow: async () => ({ code: 'first_trip', name: 'First trip' }),
  },
  {
    table: userAchievements,
    schema: insertUserAchievementSchema,
    validRow: async (tx) => {
      const [a] = await tx
        .insert(achievements)
        .values({ code: `a_${Date.now()}`, name: 'A' })
        .returning();
      return { userId: (await makeUser(tx)).id, achievementId: a!.id };
    },
  },
]);

// The harness must be able to fail: a zod schema that forgot the username rule is caught, with the rule named.
describeEngines('the zod agreement harness', (ctx) => {
  it('reports a zod schema looser than the database', () =>
    ctx.rollback(async (tx) => {
      const loose = insertUserSchema.extend({ username: z.string() });
      const found = await sweep(tx, {
        table: users,
        schema: loose,
        validRow: async () => ({
          email: `${uniq('l').replace(/-/g, '_')}@example.com`,
          username: 'loose_user',
        }),
      });
      expect(found.some((d) => /username = "".*zod accepted.*users_username_format_check/.test(d))).toBe(
        true,
      );
    }));
});
