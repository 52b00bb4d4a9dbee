import { queryOne } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  contentAnalytics,
  contentModeration,
  contentRecommendations,
  insertContentAnalyticsSchema,
  insertContentModerationSchema,
  insertContentRecommendationSchema,
  recordContentEvent,
  updateContentModerationSchema,
} from '../src';
import { makeUser, refusedByBoth, uuid } from './fixtures';

describeEngines('content_moderation', (ctx) => {
  it('sets decided_at exactly when a case is approved or rejected', () =>
    ctx.rollback(async (tx) => {
      const mod = await makeUser(tx);
      const base = { entityType: 'review' as const, entityId: uuid(), autoFlags: ['spam'], autoScore: 0.82 };
      const [c] = await tx.insert(contentModeration).values(base).returning();
      expect(c!.status).toBe('pending');
      const approvedNoTime = { ...base, entityId: uuid(), status: 'approved' as const };
      await refusedByBoth(
        tx,
        insertContentModerationSchema,
        approvedNoTime,
        'content_moderation_decided_at_check',
        (sp) => sp.insert(contentModeration).values(approvedNoTime),
      );
      const pendingWithTime = { ...base, entityId: uuid(), decidedAt: new Date() };
      await refusedByBoth(
        tx,
        insertContentModerationSchema,
        pendingWithTime,
        'content_moderation_decided_at_check',
        (sp) => sp.insert(contentModeration).values(pendingWithTime),
      );
      const escalatedWithTime = {
        ...base,
        entityId: uuid(),
        status: 'escalated' as const,
        decidedAt: new Date(),
      };
      await refusedByBoth(
        tx,
        insertContentModerationSchema,
        escalatedWithTime,
        'content_moderation_decided_at_check',
        (sp) => sp.insert(contentModeration).values(escalatedWithTime),
      );
      expect(updateContentModerationSchema.safeParse({ status: 'rejected' }).success).toBe(false);
      await expectRule(tx, 'content_moderation_decided_at_check', (sp) =>
        sp.update(contentModeration).set({ status: 'rejected' }).where(eq(contentModeration.id, c!.id)),
      );
      const decision = { status: 'rejected' as const, decidedAt: new Date(), moderatorId: mod.id };
      expect(updateContentModerationSchema.safeParse(decision).success).toBe(true);
      const [done] = await tx
        .update(contentModeration)
        .set(decision)
        .where(eq(contentModeration.id, c!.id))
        .returning();
      expect(done!.decidedAt).not.toBeNull();
    }));

  it('bounds the automatic score and keeps one open case per entity', () =>
    ctx.rollback(async (tx) => {
      const entityId = uuid();
      const high = { entityType: 'social_post' as const, entityId, autoScore: 1.2 };
      await refusedByBoth(
        tx,
        insertContentModerationSchema,
        high,
        'content_moderation_auto_score_check',
        (sp) => sp.insert(contentModeration).values(high),
      );
      const flags = { entityType: 'social_post' as const, entityId, autoFlags: ['Hate Speech'] };
      await refusedByBoth(
        tx,
        insertContentModerationSchema,
        flags,
        'content_moderation_auto_flags_check',
        (sp) => sp.insert(contentModeration).values(flags),
      );
      const [open] = await tx
        .insert(contentModeration)
        .values({ entityType: 'social_post', entityId })
        .returning();
      await expectRule(tx, 'content_moderation_open_entity_key', (sp) =>
        sp.insert(contentModeration).values({ entityType: 'social_post', entityId, status: 'escalated' }),
      );
      await tx
        .update(contentModeration)
        .set({ status: 'approved', decidedAt: new Date() })
        .where(eq(contentModeration.id, open!.id));
      // A decided case no longer blocks a new one (the content was edited and is screened again).
      await tx.insert(contentModeration).values({ entityType: 'social_post', entityId });
    }));
});

describeEngines('content_analytics', (ctx) => {
  it('keeps one row per entity and day with non-negative counters', () =>
    ctx.rollback(async (tx) => {
      const row = { entityType: 'poi' as const, entityId: uuid(), day: '2025-06-01', views: 3 };
      await tx.insert(contentAnalytics).values(row);
      await tx.insert(contentAnalytics).values({ ...row, day: '2025-06-02' });
      await tx.insert(contentAnalytics).values({ ...row, entityType: 'experience' });
      await expectRule(tx, 'content_analytics_entity_type_entity_id_day_key', (sp) =>
        sp.insert(contentAnalytics).values(row),
      );
      const neg = { ...row, day: '2025-06-03', clicks: -1 };
      await refusedByBoth(tx, insertContentAnalyticsSchema, neg, 'content_analytics_counts_check', (sp) =>
        sp.insert(contentAnalytics).values(neg),
      );
    }));

  it('recordContentEvent increments the day row atomically; the totals equal the events recorded', () =>
    ctx.rollback(async (tx) => {
      const e = { type: 'property' as const, id: uuid() };
      const events: Array<['view' | 'click' | 'share' | 'booking', number]> = [
        ['view', 1],
        ['view', 4],
        ['click', 2],
        ['share', 1],
        ['booking', 1],
        ['view', 1],
      ];
      for (const [kind, count] of events) await recordContentEvent(tx, e, kind, { day: '2025-07-14', count });
      const after = await recordContentEvent(tx, e, 'click', { day: '2025-07-14' });
      expect(after).toEqual({ views: 6, clicks: 3, shares: 1, bookings: 1 });
      await recordContentEvent(tx, e, 'view', { day: '2025-07-15' });
      const rows = await tx
        .select()
        .from(contentAnalytics)
        .where(and(eq(contentAnalytics.entityType, 'property'), eq(contentAnalytics.entityId, e.id)));
      expect(rows.map((r) => [r.day, r.views]).sort()).toEqual([
        ['2025-07-14', 6],
        ['2025-07-15', 1],
      ]);
      await expect(recordContentEvent(tx, e, 'view', { count: 0 })).rejects.toThrow(RangeError);
    }));
});

describeEngines('content_recommendations', (ctx) => {
  it('refuses self-edges and duplicate edges per algorithm, and bounds the score', () =>
    ctx.rollback(async (tx) => {
      const a = uuid();
      const b = uuid();
      const edge = {
        sourceType: 'poi' as const,
        sourceId: a,
        targetType: 'poi' as const,
        targetId: b,
        score: 0.7,
        algorithm: 'co_views',
      };
      await tx.insert(contentRecommendations).values(edge);
      await tx.insert(contentRecommendations).values({ ...edge, algorithm: 'embedding.v2' });
      // The same uuid under another entity kind is another entity.
      await tx.insert(contentRecommendations).values({ ...edge, targetType: 'experience', targetId: a });
      await expectRule(tx, 'content_recommendations_source_target_algorithm_key', (sp) =>
        sp.insert(contentRecommendations).values(edge),
      );
      const self = { ...edge, targetId: a };
      await refusedByBoth(
        tx,
        insertContentRecommendationSchema,
        self,
        'content_recommendations_not_self_check',
        (sp) => sp.insert(contentRecommendations).values(self),
      );
      const score = { ...edge, algorithm: 'x', score: 1.5 };
      await refusedByBoth(
        tx,
        insertContentRecommendationSchema,
        score,
        'content_recommendations_score_check',
        (sp) => sp.insert(contentRecommendations).values(score),
      );
      const algo = { ...edge, algorithm: 'Co Views' };
      await refusedByBoth(
        tx,
        insertContentRecommendationSchema,
        algo,
        'content_recommendations_algorithm_check',
        (sp) => sp.insert(contentRecommendations).values(algo),
      );
      const n = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from content_recommendations where source_id = ${a}::uuid`,
      );
      expect(n!.n).toBe(3);
    }));
});
