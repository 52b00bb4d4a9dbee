import { describeEngines, expectRule, makeUser, refusedByBoth } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  achievements,
  insertAchievementSchema,
  insertUserAchievementSchema,
  updateUserAchievementSchema,
  userAchievements,
} from '../src';

const code = () => `explorer_${Math.random().toString(36).slice(2, 10)}`;

describeEngines('achievements', (ctx) => {
  it('refuses bad catalog entries in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const good = insertAchievementSchema.parse({
        code: code(),
        name: 'Explorer',
        criteria: { countries: 5 },
        points: 50,
      });
      await tx.insert(achievements).values(good);
      await expectRule(tx, 'achievements_code_key', (sp) =>
        sp.insert(achievements).values({ ...good, name: 'Again' }),
      );
      const cases: [Record<string, unknown>, string][] = [
        [{ code: 'Bad Code' }, 'achievements_code_check'],
        [{ points: -1 }, 'achievements_points_check'],
        [{ criteria: ['countries'] }, 'achievements_criteria_object_check'],
        [{ name: '  ' }, 'achievements_name_check'],
      ];
      for (const [bad, rule] of cases) {
        const values = { code: code(), name: 'Badge', ...bad };
        await refusedByBoth(tx, insertAchievementSchema, values, rule, (sp) =>
          sp.insert(achievements).values(values as typeof achievements.$inferInsert),
        );
      }
    }));

  it('tracks progress 0..100, awards at 100 and keeps one row per user and badge', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const [badge] = await tx
        .insert(achievements)
        .values({ code: code(), name: 'Explorer', points: 10 })
        .returning();
      const [ua] = await tx
        .insert(userAchievements)
        .values({ userId: u.id, achievementId: badge!.id, progress: 40 })
        .returning();
      expect(ua!.awardedAt).toBeNull();
      await expectRule(tx, 'user_achievements_user_id_achievement_id_key', (sp) =>
        sp.insert(userAchievements).values({ userId: u.id, achievementId: badge!.id }),
      );
      const [done] = await tx
        .update(userAchievements)
        .set({ progress: 100 })
        .where(eq(userAchievements.id, ua!.id))
        .returning();
      expect(done!.awardedAt).toBeInstanceOf(Date);

      const other = await makeUser(tx);
      const over = { userId: other.id, achievementId: badge!.id, progress: 101 };
      await refusedByBoth(tx, insertUserAchievementSchema, over, 'user_achievements_progress_check', (sp) =>
        sp.insert(userAchievements).values(over),
      );
      const early = { userId: other.id, achievementId: badge!.id, progress: 50, awardedAt: new Date() };
      await refusedByBoth(
        tx,
        insertUserAchievementSchema,
        early,
        'user_achievements_awarded_at_check',
        (sp) => sp.insert(userAchievements).values(early),
      );
      expect(updateUserAchievementSchema.safeParse({ progress: 50, awardedAt: new Date() }).success).toBe(
        false,
      );
      // An award cannot silently be taken back by lowering progress.
      await expectRule(tx, 'user_achievements_awarded_at_check', (sp) =>
        sp.update(userAchievements).set({ progress: 90 }).where(eq(userAchievements.id, ua!.id)),
      );
    }));
});
