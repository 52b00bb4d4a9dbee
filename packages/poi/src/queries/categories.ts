import type { Db } from '@touriquest/core';
import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import { poiCategories, pois } from '../schema';

/** Ids of a category and all its descendants: `path <@ (its path)`, served by poi_categories_path_idx. */
export function poiCategorySubtreeIds(db: Db, categoryId: string) {
  return db
    .select({ id: poiCategories.id })
    .from(poiCategories)
    .where(sql`${poiCategories.path} <@ (select c.path from poi_categories c where c.id = ${categoryId})`);
}

/** Live POIs in a category or any of its descendants, by name — one query. */
export function poisInCategoryTree(db: Db, categoryId: string) {
  return db
    .select()
    .from(pois)
    .where(and(inArray(pois.categoryId, poiCategorySubtreeIds(db, categoryId)), isNull(pois.deletedAt)))
    .orderBy(asc(pois.name), asc(pois.id));
}
