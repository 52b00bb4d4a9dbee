import { describeEngines, expectRule } from '@touriquest/testing';
import { expect, it } from 'vitest';
import { insertSmartRecommendationSchema, smartRecommendations } from '../src';
import { makeUsers } from './fixtures';

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
