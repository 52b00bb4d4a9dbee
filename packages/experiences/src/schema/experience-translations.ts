import { regconfig } from '@touriquest/content';
import { audit, id, timestamps, trimmed, tsvector } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { experiences } from './experiences';

/**
 * An experience's title and description in another language. `search_config` is set from the locale by a trigger
 * (content's tq_locale_regconfig) and the vector is generated from it, so French text stems French. The
 * trigger (not a generated column) because the function is installed after the migration creates this table.
 */
export const experienceTranslations = pgTable(
  'experience_translations',
  {
    ...id(),
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    locale: text().notNull(),
    title: text().notNull(),
    summary: text(),
    description: text(),
    metaTitle: text(),
    metaDescription: text(),
    // No SQL default: the locale trigger always sets it (push re-planned a regconfig default on every run).
    searchConfig: regconfig()
      .notNull()
      .$defaultFn(() => 'simple'),
    searchVector: tsvector().generatedAlwaysAs(
      sql.raw(
        `setweight(to_tsvector(search_config, coalesce(title, '')), 'A') || ` +
          `setweight(to_tsvector(search_config, coalesce(summary, '')), 'B') || ` +
          `setweight(to_tsvector(search_config, coalesce(description, '')), 'C')`,
      ),
    ),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('experience_translations_experience_id_locale_key').on(t.experienceId, t.locale),
    index('experience_translations_search_vector_idx').using('gin', t.searchVector),
    index('experience_translations_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check(
      'experience_translations_locale_check',
      sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check('experience_translations_title_check', sql`length(${trimmed(t.title)}) between 1 and 200`),
    check('experience_translations_meta_title_check', sql`length(${t.metaTitle}) <= 70`),
    check('experience_translations_meta_description_check', sql`length(${t.metaDescription}) <= 320`),
  ],
);

export type ExperienceTranslation = typeof experienceTranslations.$inferSelect;
export type NewExperienceTranslation = typeof experienceTranslations.$inferInsert;

export const experienceTranslationsRelations = relations(experienceTranslations, ({ one }) => ({
  experience: one(experiences, {
    fields: [experienceTranslations.experienceId],
    references: [experiences.id],
  }),
}));
