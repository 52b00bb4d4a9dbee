import { describeEngines, describeServer, expectRule, explain, makeUsers } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { activeRecommendationsQuery, insertSmartRecommendationSchema, smartRecommendations } from '../src';

describeEngines('smart recommendations', (ctx) => {
  it('refuses a recommendation that names no listing or more than one, and a score outside 0..1', () =>
    ctx.rollback(async (tx) => {
      const [u] = await makeUsers(tx, 1);
      const someId = '01890000-0000-7000-8000-000000000001';
      const base = { userId: u!.id, score: 0.7, algorithm: 'collab.v1' };
      expect(insertSmartRecommendationSchema.safeParse(base).success).toBe(false);
      expect(
        insertSmartRecommendationSchema.safeParse({ ...base, poiId: someId, propertyId: someId }).success,
      ).toBe(false);
      expect(insertSmartRecommendationSchema.safeParse({ ...base, poiId: someId, score: 1.5 }).success).toBe(
        false,
      );
      expect(insertSmartRecommendationSchema.safeParse({ ...base, poiId: someId }).success).toBe(true);
      await expectRule(tx, 'smart_recommendations_one_target_check', (sp) =>
        sp.insert(smartRecommendations).values(base),
      );
      await expectRule(tx, 'smart_recommendations_one_target_check', (sp) =>
        sp.insert(smartRecommendations).values({ ...base, poiId: someId, experienceId: someId }),
      );
      await expectRule(tx, 'smart_recommendations_score_check', (sp) =>
        sp.insert(smartRecommendations).values({ ...base, poiId: someId, score: 1.5 }),
      );
    }));
});

describeServer('smart recommendations access path (EXPLAIN)', (ctx) => {
  it("reads a user's current suggestions best first through smart_recommendations_user_score_idx", () =>
    ctx.rollback(async (tx) => {
      const [u] = await makeUsers(tx, 1);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await explain(tx, activeRecommendationsQuery(tx, u!.id));
      expect(plan).toContain('smart_recommendations_user_score_idx');
      expect(plan).not.toMatch(/Sort\b(?! Key)/);
    }));
});
