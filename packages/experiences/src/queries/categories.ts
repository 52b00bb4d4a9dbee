import type { Db } from '@touriquest/core';
import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import { experienceCategories, experiences } from '../schema';

/** Ids of a category and all its descendants: `path <@ (its path)`, served by experience_categories_path_idx. */
export function experienceCategorySubtreeIds(db: Db, categoryId: string) {
  return db
    .select({ id: experienceCategories.id })
    .from(experienceCategories)
    .where(
      sql`${experienceCategories.path} <@ (select c.path from experience_categories c where c.id = ${categoryId})`,
    );
}

/** Live experiences in a category or any of its descendants, by title — one query. */
export function experiencesInCategoryTree(db: Db, categoryId: string) {
  return db
    .select()
    .from(experiences)
    .where(
      and(
        inArray(experiences.categoryId, experienceCategorySubtreeIds(db, categoryId)),
        isNull(experiences.deletedAt),
      ),
    )
    .orderBy(asc(experiences.title), asc(experiences.id));
}
