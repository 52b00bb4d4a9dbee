import {
  audit,
  categoryDepthCheck,
  id,
  ltree,
  metadata,
  mixinConstraints,
  softDelete,
  timestamps,
  trimmed,
} from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { pois } from './pois';

/**
 * POI category tree. `path` is the ltree of ancestor keys down to this row, kept by a trigger from
 * `parent_id` (see logic.ts): callers never write it. Labels are the ids with '-' removed (ltree labels
 * allow only [A-Za-z0-9_]), so a rename or slug change never re-paths anything.
 */
export const poiCategories = pgTable(
  'poi_categories',
  {
    ...id(),
    parentId: uuid().references((): AnyPgColumn => poiCategories.id, { onDelete: 'restrict' }),
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    icon: text(),
    sortOrder: integer().notNull().default(0),
    // Filled by the trigger; the placeholder default lets an insert omit it.
    path: ltree().notNull().default(sql`''`),
    ...metadata(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    ...mixinConstraints.metadata('poi_categories', t),
    categoryDepthCheck('poi_categories', t.path),
    uniqueIndex('poi_categories_slug_key').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('poi_categories_parent_id_idx').on(t.parentId),
    index('poi_categories_path_idx').using('gist', t.path),
    check('poi_categories_not_own_parent_check', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check(
      'poi_categories_slug_format_check',
      sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 100`,
    ),
    check('poi_categories_name_check', sql`length(${trimmed(t.name)}) between 1 and 100`),
  ],
);

export type PoiCategory = typeof poiCategories.$inferSelect;
export type NewPoiCategory = typeof poiCategories.$inferInsert;

export const poiCategoriesRelations = relations(poiCategories, ({ one, many }) => ({
  parent: one(poiCategories, {
    fields: [poiCategories.parentId],
    references: [poiCategories.id],
    relationName: 'poi_category_parent',
  }),
  children: many(poiCategories, { relationName: 'poi_category_parent' }),
  pois: many(pois),
}));
