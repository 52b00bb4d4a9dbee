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
import { experiences } from './experiences';

/**
 * Experience category tree. `path` is the ltree of ancestor keys down to this row, kept by a trigger from
 * `parent_id` (logic.ts): callers never write it. Labels are the ids with '-' removed (ltree labels allow
 * only [A-Za-z0-9_]), so a rename or slug change never re-paths anything.
 */
export const experienceCategories = pgTable(
  'experience_categories',
  {
    ...id(),
    parentId: uuid().references((): AnyPgColumn => experienceCategories.id, { onDelete: 'restrict' }),
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
    ...mixinConstraints.metadata('experience_categories', t),
    categoryDepthCheck('experience_categories', t.path),
    uniqueIndex('experience_categories_slug_key').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('experience_categories_parent_id_idx').on(t.parentId),
    index('experience_categories_path_idx').using('gist', t.path),
    check(
      'experience_categories_not_own_parent_check',
      sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`,
    ),
    check(
      'experience_categories_slug_format_check',
      sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 100`,
    ),
    check('experience_categories_name_check', sql`length(${trimmed(t.name)}) between 1 and 100`),
  ],
);

export type ExperienceCategory = typeof experienceCategories.$inferSelect;
export type NewExperienceCategory = typeof experienceCategories.$inferInsert;

export const experienceCategoriesRelations = relations(experienceCategories, ({ one, many }) => ({
  parent: one(experienceCategories, {
    fields: [experienceCategories.parentId],
    references: [experienceCategories.id],
    relationName: 'experience_category_parent',
  }),
  children: many(experienceCategories, { relationName: 'experience_category_parent' }),
  experiences: many(experiences),
}));
