import type { Db } from '@touriquest/core';
import { desc, eq, sql } from 'drizzle-orm';
import {
  type NewUserPreferenceLearning,
  type UserPreferenceLearning,
  userPreferenceLearning,
} from '../schema/user-preference-learning';

/** Store what a model learned about a user's taste for a feature: one row per (user, feature), replaced. */
export async function learnPreference(
  db: Db,
  input: Omit<NewUserPreferenceLearning, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<UserPreferenceLearning> {
  const [row] = await db
    .insert(userPreferenceLearning)
    .values(input)
    .onConflictDoUpdate({
      target: [userPreferenceLearning.userId, userPreferenceLearning.feature],
      set: {
        weight: sql`excluded.weight`,
        confidence: sql`excluded.confidence`,
        source: sql`excluded.source`,
        modelVersion: sql`excluded.model_version`,
      },
    })
    .returning();
  return row!;
}

/** A user's learned preferences, the most confident first. */
export async function learnedPreferences(db: Db, userId: string): Promise<UserPreferenceLearning[]> {
  return db
    .select()
    .from(userPreferenceLearning)
    .where(eq(userPreferenceLearning.userId, userId))
    .orderBy(desc(userPreferenceLearning.confidence));
}
