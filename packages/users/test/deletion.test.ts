import { queryOne } from '@touriquest/core';
import { describeEngines, expectRule, makeUsers } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  achievements,
  createSession,
  generateToken,
  requestConnection,
  travelHistory,
  travelStatsOf,
  userAchievements,
  userAuth,
  userIdentities,
  userOnboarding,
  userPreferences,
  userProfiles,
  users,
} from '../src';

const childTables = [
  ['user_profiles', 'user_id'],
  ['user_auth', 'user_id'],
  ['user_preferences', 'user_id'],
  ['user_onboarding', 'user_id'],
  ['user_identities', 'user_id'],
  ['user_sessions', 'user_id'],
  ['travel_history', 'user_id'],
  ['travel_stats', 'user_id'],
  ['user_achievements', 'user_id'],
  ['user_social_connections', 'requester_id'],
] as const;

describeEngines('purging a user', (ctx) => {
  it('cascades to the personal rows and keeps the badge catalog; an earned badge cannot be deleted', () =>
    ctx.rollback(async (tx) => {
      const [u, friend] = await makeUsers(tx, 2);
      const id = u!.id;
      await tx.insert(userProfiles).values({ userId: id, homeLocation: { lon: 0, lat: 0 } });
      await tx.insert(userAuth).values({ userId: id, passwordHash: '$2b$12$abc' });
      await tx.insert(userPreferences).values({ userId: id });
      await tx.insert(userOnboarding).values({ userId: id });
      await tx.insert(userIdentities).values({ userId: id, provider: 'google', providerUserId: `g-${id}` });
      await createSession(tx, {
        userId: id,
        refreshToken: generateToken(),
        expiresAt: new Date(Date.now() + 60_000),
      });
      await tx.insert(travelHistory).values({
        userId: id,
        countryCode: 'PT',
        city: 'Porto',
        location: { lon: -8.61, lat: 41.15 },
        visitedFrom: '2024-01-01',
        visitedTo: '2024-01-03',
      });
      expect((await travelStatsOf(tx, id))?.trips).toBe(1);
      const [badge] = await tx
        .insert(achievements)
        .values({ code: `purge_${id.slice(-8)}`, name: 'Badge' })
        .returning();
      await tx.insert(userAchievements).values({ userId: id, achievementId: badge!.id, progress: 100 });
      await requestConnection(tx, id, friend!.id);

      await expectRule(tx, 'user_achievements_achievement_id_achievements_id_fk', (sp) =>
        sp.delete(achievements).where(eq(achievements.id, badge!.id)),
      );

      await tx.delete(users).where(eq(users.id, id));
      for (const [table, column] of childTables) {
        const row = await queryOne<{ n: number }>(
          tx,
          sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${id}`,
        );
        expect(row?.n, `${table} still has rows of the purged user`).toBe(0);
      }
      expect(await tx.select().from(achievements).where(eq(achievements.id, badge!.id))).toHaveLength(1);
      expect(await tx.select().from(users).where(eq(users.id, friend!.id))).toHaveLength(1);
    }));
});
