import { queryOne } from '@touriquest/core';
import { describeEngines, makeUsers } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { requestConnection, travelHistory, userAuth, userPreferences, userProfiles, users } from '../src';

describeEngines('users relations and stamps', (ctx) => {
  it('loads a user with its one-to-one children and connections through relations', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      await tx.insert(userProfiles).values({ userId: a!.id, bio: 'hi' });
      await tx.insert(userAuth).values({ userId: a!.id, passwordHash: '$scrypt$ln=15,r=8,p=1$abc$def' });
      await tx.insert(userPreferences).values({ userId: a!.id, currency: 'EUR' });
      await tx
        .insert(travelHistory)
        .values({ userId: a!.id, countryCode: 'JP', visitedFrom: '2024-01-01', visitedTo: '2024-01-02' });
      await requestConnection(tx, a!.id, b!.id);
      const found = await tx.query.users.findFirst({
        where: eq(users.id, a!.id),
        with: {
          profile: true,
          auth: true,
          preferences: true,
          travelStats: true,
          travelHistory: true,
          sentConnections: { with: { addressee: true } },
        },
      });
      expect(found?.profile?.bio).toBe('hi');
      expect(found?.auth?.passwordHash).toMatch(/^\$scrypt\$/);
      expect(found?.preferences?.currency).toBe('EUR');
      expect(found?.travelStats?.trips).toBe(1);
      expect(found?.travelHistory).toHaveLength(1);
      expect(found?.sentConnections.map((c) => c.addressee.id)).toEqual([b!.id]);
    }));

  it('moves updated_at on raw SQL updates of the child tables too', () =>
    ctx.rollback(async (tx) => {
      const [a] = await makeUsers(tx, 1);
      await tx.insert(userProfiles).values({ userId: a!.id });
      await tx.insert(userPreferences).values({ userId: a!.id });
      await tx.insert(userAuth).values({ userId: a!.id });
      await tx
        .insert(travelHistory)
        .values({ userId: a!.id, countryCode: 'JP', visitedFrom: '2024-01-01', visitedTo: '2024-01-02' });
      for (const table of ['user_profiles', 'user_preferences', 'user_auth', 'travel_history']) {
        const before = await queryOne<{ at: string }>(
          tx,
          sql`select updated_at::text as at from ${sql.identifier(table)} where user_id = ${a!.id}`,
        );
        // Even an update that tries to keep updated_at as it was moves it.
        await tx.execute(
          sql`update ${sql.identifier(table)} set updated_at = updated_at where user_id = ${a!.id}`,
        );
        const row = await queryOne<{ moved: boolean }>(
          tx,
          sql`select updated_at > ${before!.at}::timestamptz as moved from ${sql.identifier(table)} where user_id = ${a!.id}`,
        );
        expect(row?.moved, table).toBe(true);
      }
    }));
});
