import { auditHistory, withActor } from '@touriquest/core';
import { describeEngines, expectRule, makeUser, refusedByBoth, type TestDb } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertUserOnboardingSchema,
  insertUserPreferencesSchema,
  insertUserProfileSchema,
  updateUserProfileSchema,
  userOnboarding,
  userPreferences,
  userProfiles,
} from '../src';

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describeEngines('user profiles, preferences, onboarding', (ctx) => {
  it('accepts a complete profile and reads the home location back as lon/lat', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const input = insertUserProfileSchema.parse({
        userId: u.id,
        bio: 'Walks a lot.',
        dateOfBirth: '1990-05-17',
        nationality: 'MA',
        homeLocation: { lon: -6.8498, lat: 34.0209 },
        homeCity: 'Rabat',
        homeCountryCode: 'MA',
        languages: ['ar', 'fr', 'ber'],
        interests: ['hiking', 'street_food'],
        travelStyle: 'adventure',
      });
      const [row] = await tx.insert(userProfiles).values(input).returning();
      expect(row!.homeLocation).toEqual({ lon: -6.8498, lat: 34.0209 });
      expect(row!.languages).toEqual(['ar', 'fr', 'ber']);
      await expectRule(tx, 'user_profiles_user_id_key', (sp) =>
        sp.insert(userProfiles).values({ userId: u.id }),
      );
    }));

  it('refuses each bad profile field in zod and in the database with the same rule', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const cases: [Record<string, unknown>, string][] = [
        [{ dateOfBirth: tomorrow() }, 'user_profiles_date_of_birth_check'],
        [{ dateOfBirth: '1850-01-01' }, 'user_profiles_date_of_birth_range_check'],
        [{ nationality: 'ma' }, 'user_profiles_nationality_check'],
        [{ homeCountryCode: 'M1' }, 'user_profiles_home_country_code_check'],
        [{ languages: ['EN'] }, 'user_profiles_languages_check'],
        [{ languages: ['en', 'english'] }, 'user_profiles_languages_check'],
        [{ interests: ['Street Food'] }, 'user_profiles_interests_check'],
        [{ bio: 'x'.repeat(2001) }, 'user_profiles_bio_length_check'],
      ];
      for (const [bad, rule] of cases) {
        const values = { userId: u.id, ...bad };
        await refusedByBoth(tx, insertUserProfileSchema, values, rule, (sp) =>
          sp.insert(userProfiles).values(values as typeof userProfiles.$inferInsert),
        );
      }
    }));

  it('refuses moving a date of birth into the future on update too', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      await tx.insert(userProfiles).values({ userId: u.id, dateOfBirth: '2000-01-01' });
      expect(updateUserProfileSchema.safeParse({ dateOfBirth: tomorrow() }).success).toBe(false);
      await expectRule(tx, 'user_profiles_date_of_birth_check', (sp) =>
        sp.update(userProfiles).set({ dateOfBirth: tomorrow() }).where(eq(userProfiles.userId, u.id)),
      );
      const today = new Date().toISOString().slice(0, 10);
      expect(updateUserProfileSchema.safeParse({ dateOfBirth: today }).success).toBe(true);
    }));

  it('audits profile changes with the actor', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const p = await withActor(tx, u.id, async (a: TestDb) => {
        const [row] = await a.insert(userProfiles).values({ userId: u.id }).returning();
        await a.update(userProfiles).set({ bio: 'Hello' }).where(eq(userProfiles.id, row!.id));
        return row!;
      });
      const history = await auditHistory(tx, 'user_profiles', p.id);
      expect(history.map((h) => h.action).reverse()).toEqual(['insert', 'update']);
      expect(history.every((h) => h.actorId === u.id)).toBe(true);
      expect(history[0]!.changedFields).toContain('bio');
    }));

  it('refuses bad preferences in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const ok = insertUserPreferencesSchema.parse({
        userId: u.id,
        currency: 'MAD',
        language: 'fr-FR',
        units: 'imperial',
        notificationSettings: { email: true, push: false },
        privacySettings: { profileVisibility: 'friends' },
        accessibilityNeeds: ['step_free'],
      });
      await tx.insert(userPreferences).values(ok);
      const other = await makeUser(tx);
      const cases: [Record<string, unknown>, string][] = [
        [{ language: 'english' }, 'user_preferences_language_check'],
        [{ notificationSettings: [] }, 'user_preferences_notification_settings_object_check'],
        [{ privacySettings: 'private' }, 'user_preferences_privacy_settings_object_check'],
        [{ accessibilityNeeds: ['Step Free'] }, 'user_preferences_accessibility_needs_check'],
        [{ currency: 'ZZZ' }, 'user_preferences_currency_currencies_code_fk'],
      ];
      for (const [bad, rule] of cases) {
        const values = { userId: other.id, ...bad };
        if (rule.endsWith('_fk')) {
          // zod knows the shape of a currency code, not the currencies table: only the database can say.
          expect(insertUserPreferencesSchema.safeParse({ ...values, currency: 'zzz' }).success).toBe(false);
          await expectRule(tx, rule, (sp) =>
            sp.insert(userPreferences).values(values as typeof userPreferences.$inferInsert),
          );
          continue;
        }
        await refusedByBoth(tx, insertUserPreferencesSchema, values, rule, (sp) =>
          sp.insert(userPreferences).values(values as typeof userPreferences.$inferInsert),
        );
      }
      await expectRule(tx, 'user_preferences_user_id_key', (sp) =>
        sp.insert(userPreferences).values({ userId: u.id }),
      );
    }));

  it('keeps onboarding steps known and completion consistent', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const [row] = await tx.insert(userOnboarding).values({ userId: u.id }).returning();
      expect(row).toMatchObject({ currentStep: 'welcome', completedSteps: [], completedAt: null });
      const cases: [Record<string, unknown>, string][] = [
        [{ currentStep: 'nowhere' }, 'user_onboarding_current_step_check'],
        [{ completedSteps: ['welcome', 'nowhere'] }, 'user_onboarding_completed_steps_check'],
        [{ currentStep: 'profile', completedAt: new Date() }, 'user_onboarding_completed_at_check'],
        [{ currentStep: 'done' }, 'user_onboarding_completed_at_check'],
      ];
      const other = await makeUser(tx);
      for (const [bad, rule] of cases) {
        const values = { userId: other.id, ...bad };
        await refusedByBoth(tx, insertUserOnboardingSchema, values, rule, (sp) =>
          sp.insert(userOnboarding).values(values as typeof userOnboarding.$inferInsert),
        );
      }
      const done = {
        userId: other.id,
        currentStep: 'done',
        completedSteps: ['welcome', 'profile'],
        completedAt: new Date(),
      };
      expect(insertUserOnboardingSchema.safeParse(done).success).toBe(true);
      await tx.insert(userOnboarding).values(done);
    }));
});
