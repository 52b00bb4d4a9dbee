import { describeEngines, expectRule, makeDraftListings, withScratchDatabase } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { activeRecommendations, recordRecommendationInteraction, smartRecommendations } from '../src';

// Real listings of every kind, on a scratch database of each engine so the cascades can be committed.
describeEngines('smart recommendations point at real listings', (ctx) => {
  it('refuses unknown listings, cascades deletions, and lists the active ones best first', () =>
    withScratchDatabase(ctx.engine, async (db) => {
      const { user, property, poi, experience } = await makeDraftListings(db);
      const base = { userId: user.id, algorithm: 'collab.v1', modelVersion: '2026.11' };
      const missing = '01890000-0000-7000-8000-00000000dead';
      for (const [col, rule] of [
        ['propertyId', 'smart_recommendations_property_id_properties_id_fk'],
        ['poiId', 'smart_recommendations_poi_id_pois_id_fk'],
        ['experienceId', 'smart_recommendations_experience_id_experiences_id_fk'],
      ] as const) {
        await expectRule(db, rule, (sp) =>
          sp.insert(smartRecommendations).values({ ...base, score: 0.5, [col]: missing }),
        );
      }
      const [rProperty, rPoi, rExperience, rExpired] = await db
        .insert(smartRecommendations)
        .values([
          { ...base, score: 0.4, propertyId: property.id, reason: 'you liked riads' },
          { ...base, score: 0.9, poiId: poi.id },
          { ...base, score: 0.7, experienceId: experience.id },
          { ...base, score: 0.95, poiId: poi.id, expiresAt: new Date(Date.now() + 1000) },
        ])
        .returning();
      const later = new Date(Date.now() + 60_000);
      expect((await activeRecommendations(db, user.id, { now: later })).map((r) => r.id)).toEqual([
        rPoi!.id,
        rExperience!.id,
        rProperty!.id,
      ]);
      expect((await activeRecommendations(db, user.id))[0]!.id).toBe(rExpired!.id);
      const shown = await recordRecommendationInteraction(db, rPoi!.id, 'shown');
      const again = await recordRecommendationInteraction(db, rPoi!.id, 'shown');
      expect(again!.shownAt).toEqual(shown!.shownAt);
      await recordRecommendationInteraction(db, rPoi!.id, 'dismissed');
      expect((await activeRecommendations(db, user.id, { now: later })).map((r) => r.id)).toEqual([
        rExperience!.id,
        rProperty!.id,
      ]);
      await db.execute(sql`delete from experiences where id = ${experience.id}`);
      const left = await db
        .select()
        .from(smartRecommendations)
        .where(eq(smartRecommendations.userId, user.id));
      expect(left.map((r) => r.id).sort()).toEqual([rProperty!.id, rPoi!.id, rExpired!.id].sort());
    }));
});
