import type { Db } from '@touriquest/core';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { type SmartRecommendation, smartRecommendations } from '../schema/smart-recommendations';

/**
 * A user's current suggestions, best first: not dismissed, not expired
 * (`smart_recommendations_user_score_idx`).
 */
export function activeRecommendationsQuery(
  db: Db,
  userId: string,
  opts: { limit?: number; now?: Date } = {},
) {
  const now = sql`${(opts.now ?? new Date()).toISOString()}::timestamptz`;
  return db
    .select()
    .from(smartRecommendations)
    .where(
      and(
        eq(smartRecommendations.userId, userId),
        isNull(smartRecommendations.dismissedAt),
        or(isNull(smartRecommendations.expiresAt), gt(smartRecommendations.expiresAt, now)),
      ),
    )
    .orderBy(desc(smartRecommendations.score))
    .limit(Math.min(Math.max(opts.limit ?? 20, 1), 200));
}

export async function activeRecommendations(
  db: Db,
  userId: string,
  opts: { limit?: number; now?: Date } = {},
): Promise<SmartRecommendation[]> {
  return activeRecommendationsQuery(db, userId, opts);
}

const interactionColumn = {
  shown: 'shown_at',
  clicked: 'clicked_at',
  dismissed: 'dismissed_at',
} as const;

/** Record that a suggestion was shown, clicked or dismissed; the first time of each is kept. */
export async function recordRecommendationInteraction(
  db: Db,
  id: string,
  kind: keyof typeof interactionColumn,
): Promise<SmartRecommendation | undefined> {
  const col = sql.identifier(interactionColumn[kind]);
  const [row] = await db
    .update(smartRecommendations)
    .set({ [`${kind}At`]: sql`coalesce(${col}, now())` } as never)
    .where(eq(smartRecommendations.id, id))
    .returning();
  return row;
}
