import type { Db } from '@touriquest/core';
import { and, eq, isNull } from 'drizzle-orm';
import { experienceSlugHistory, experiences } from '../schema';
import type { Experience } from '../schema/experiences';

export interface ExperienceSlugLookup {
  experience: Experience;
  /** true when `slug` is a retired slug: answer with a permanent redirect to `experience.slug`. */
  redirected: boolean;
}

/** Resolve an experience URL's slug: the live experience that has it now, else the one that used to. */
export async function findExperienceBySlug(db: Db, slug: string): Promise<ExperienceSlugLookup | undefined> {
  const [current] = await db
    .select()
    .from(experiences)
    .where(and(eq(experiences.slug, slug), isNull(experiences.deletedAt)))
    .limit(1);
  if (current) return { experience: current, redirected: false };
  const [old] = await db
    .select({ experience: experiences })
    .from(experienceSlugHistory)
    .innerJoin(experiences, eq(experiences.id, experienceSlugHistory.experienceId))
    .where(and(eq(experienceSlugHistory.slug, slug), isNull(experiences.deletedAt)))
    .limit(1);
  return old ? { experience: old.experience, redirected: true } : undefined;
}
