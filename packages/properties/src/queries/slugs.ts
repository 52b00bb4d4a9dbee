import type { Db } from '@touriquest/core';
import { and, eq, isNull } from 'drizzle-orm';
import { type Property, properties } from '../schema/properties';
import { propertySlugHistory } from '../schema/property-slug-history';

export interface SlugLookup {
  property: Property;
  /** true when `slug` is a retired slug: answer with a permanent redirect to `property.slug`. */
  redirected: boolean;
}

/**
 * Resolve a listing URL's slug: the live listing that has it now, else the listing that used to have it.
 * Soft-deleted listings resolve to nothing (a 410/404 for the caller).
 */
export async function findPropertyBySlug(db: Db, slug: string): Promise<SlugLookup | undefined> {
  const [current] = await db
    .select()
    .from(properties)
    .where(and(eq(properties.slug, slug), isNull(properties.deletedAt)))
    .limit(1);
  if (current) return { property: current, redirected: false };
  const [old] = await db
    .select({ property: properties })
    .from(propertySlugHistory)
    .innerJoin(properties, eq(properties.id, propertySlugHistory.propertyId))
    .where(and(eq(propertySlugHistory.slug, slug), isNull(properties.deletedAt)))
    .limit(1);
  return old ? { property: old.property, redirected: true } : undefined;
}
