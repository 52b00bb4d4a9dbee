import { regconfig } from '@touriquest/content';
import { audit, id, timestamps, trimmed, tsvector } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { pois } from './pois';

/**
 * A POI's name and description in another language. `search_config` is set from the locale by a trigger
 * (content's tq_locale_regconfig) and the vector is generated from it, so French text stems French. The
 * trigger (not a generated column) because the function is installed after the migration creates this table.
 */
export const poiTranslations = pgTable(
  'poi_translations',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    locale: text().notNull(),
    name: text().notNull(),
    summary: text(),
    description: text(),
    metaTitle: text(),
    metaDescription: text(),
    // No SQL default: drizzle-kit re-plans a regconfig default on every push. The trigger always sets it.
    searchConfig: regconfig()
      .notNull()
      .$defaultFn(() => 'simple'),
    searchVector: tsvector().generatedAlwaysAs(
      sql.raw(
        `setweight(to_tsvector(search_config, coalesce(name, '')), 'A') || ` +
          `setweight(to_tsvector(search_config, coalesce(summary, '')), 'B') || ` +
          `setweight(to_tsvector(search_config, coalesce(description, '')), 'C')`,
      ),
    ),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('poi_translations_poi_id_locale_key').on(t.poiId, t.locale),
    index('poi_translations_search_vector_idx').using('gin', t.searchVector),
    // No trigram index here: fuzzy name search runs on search_index.title, which holds every translation.
    check(
      'poi_translations_locale_check',
      sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check('poi_translations_name_check', sql`length(${trimmed(t.name)}) between 1 and 200`),
    check('poi_translations_meta_title_check', sql`length(${t.metaTitle}) <= 70`),
    check('poi_translations_meta_description_check', sql`length(${t.metaDescription}) <= 320`),
  ],
);

export type PoiTranslation = typeof poiTranslations.$inferSelect;
export type NewPoiTranslation = typeof poiTranslations.$inferInsert;

export const poiTranslationsRelations = relations(poiTranslations, ({ one }) => ({
  poi: one(pois, { fields: [poiTranslations.poiId], references: [pois.id] }),
}));
