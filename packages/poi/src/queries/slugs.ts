import type { Db } from '@touriquest/core';
import { and, eq, isNull } from 'drizzle-orm';
import { poiSlugHistory, pois } from '../schema';
import type { Poi } from '../schema/pois';

export interface PoiSlugLookup {
  poi: Poi;
  /** true when `slug` is a retired slug: answer with a permanent redirect to `poi.slug`. */
  redirected: boolean;
}

/** Resolve a POI URL's slug: the live POI that has it now, else the live POI that used to have it. */
export async function findPoiBySlug(db: Db, slug: string): Promise<PoiSlugLookup | undefined> {
  const [current] = await db
    .select()
    .from(pois)
    .where(and(eq(pois.slug, slug), isNull(pois.deletedAt)))
    .limit(1);
  if (current) return { poi: current, redirected: false };
  const [old] = await db
    .select({ poi: pois })
    .from(poiSlugHistory)
    .innerJoin(pois, eq(pois.id, poiSlugHistory.poiId))
    .where(and(eq(poiSlugHistory.slug, slug), isNull(pois.deletedAt)))
    .limit(1);
  return old ? { poi: old.poi, redirected: true } : undefined;
}
