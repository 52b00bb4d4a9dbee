import type { Db } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { type FeatureUsage, featureUsage } from '../schema/feature-usage';

/**
 * Count one use of a feature by a user, in one atomic statement: the first use creates the row, later ones
 * add to `use_count` and move `last_used_at` (never backwards, so late-arriving events cannot rewind it).
 * The A/B variant sticks to what the user was first assigned.
 */
export async function recordFeatureUse(
  db: Db,
  input: { featureKey: string; userId: string; variant?: string | null; at?: Date },
): Promise<FeatureUsage> {
  const at = input.at ?? new Date();
  const [row] = await db
    .insert(featureUsage)
    .values({
      featureKey: input.featureKey,
      userId: input.userId,
      variant: input.variant ?? null,
      firstUsedAt: at,
      lastUsedAt: at,
    })
    .onConflictDoUpdate({
      target: [featureUsage.featureKey, featureUsage.userId],
      set: {
        useCount: sql`${featureUsage.useCount} + 1`,
        firstUsedAt: sql`least(${featureUsage.firstUsedAt}, excluded.first_used_at)`,
        lastUsedAt: sql`greatest(${featureUsage.lastUsedAt}, excluded.last_used_at)`,
        variant: sql`coalesce(${featureUsage.variant}, excluded.variant)`,
      },
    })
    .returning();
  return row!;
}
