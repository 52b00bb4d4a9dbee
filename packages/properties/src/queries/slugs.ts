import { type Db, preparedQuery } from '@touriquest/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
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
  // Prepared, both probes: every listing page view resolves its slug.
  const byCurrent = preparedQuery(db, 'properties_by_slug', (d) =>
    d
      .select()
      .from(properties)
      .where(and(eq(properties.slug, sql.placeholder('slug')), isNull(properties.deletedAt)))
      .limit(1)
      .prepare('properties_by_slug'),
  );
  const [current] = await byCurrent.execute({ slug });
  if (current) return { property: current, redirected: false };
  const byRetired = preparedQuery(db, 'properties_by_retired_slug', (d) =>
    d
      .select({ property: properties })
      .from(propertySlugHistory)
      .innerJoin(properties, eq(properties.id, propertySlugHistory.propertyId))
      .where(and(eq(propertySlugHistory.slug, sql.placeholder('slug')), isNull(properties.deletedAt)))
      .limit(1)
      .prepare('properties_by_retired_slug'),
  );
  const [old] = await byRetired.execute({ slug });
  return old ? { property: old.property, redirected: true } : undefined;
}
