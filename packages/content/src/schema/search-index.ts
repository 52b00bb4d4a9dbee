import { geometryPoint4326, mixinConstraints, timestamptz, tsvector } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, char, check, index, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { searchEntityTypeEnum } from './enums';
import { regconfig } from './types';

/**
 * One searchable document per listing and locale, written by the listings' triggers through
 * tq_search_index_upsert/tq_search_index_remove. `search_config` is set from the locale by a trigger, and the
 * vector is generated from it: to_tsvector(regconfig, text) is immutable, so a per-row config is allowed.
 */
export const searchIndex = pgTable(
  'search_index',
  {
    id: uuid().primaryKey().default(sql`uuid_generate_v7()`),
    entityType: searchEntityTypeEnum().notNull(),
    entityId: uuid().notNull(),
    locale: text().notNull(),
    title: text().notNull(),
    body: text(),
    keywords: text(),
    // No SQL default: the locale trigger always sets it (push re-planned a regconfig default on every run).
    searchConfig: regconfig()
      .notNull()
      .$defaultFn(() => 'simple'),
    searchVector: tsvector().generatedAlwaysAs(
      sql.raw(
        `setweight(to_tsvector(search_config, coalesce(title, '')), 'A') || ` +
          `setweight(to_tsvector(search_config, coalesce(keywords, '')), 'B') || ` +
          `setweight(to_tsvector(search_config, coalesce(body, '')), 'C')`,
      ),
    ),
    location: geometryPoint4326(),
    city: text(),
    countryCode: char({ length: 2 }),
    boost: real().notNull().default(1),
    isVisible: boolean().notNull().default(true),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('search_index_entity_type_entity_id_locale_key').on(t.entityType, t.entityId, t.locale),
    // Locale first (btree_gin): one index scan answers "this word in this locale", instead of reading every
    // locale's matches and filtering them (230 ms for a common word at ~950k documents).
    index('search_index_locale_search_vector_idx').using('gin', t.locale, t.searchVector),
    // The ranked search's candidate order: for a word most documents of the locale hold, walking this in
    // boost order finds the best-boosted matches after a few thousand rows instead of scoring every match.
    index('search_index_locale_boost_idx')
      .on(t.locale, t.boost.desc(), t.entityId)
      .where(sql`${t.isVisible}`),
    index('search_index_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check(
      'search_index_locale_check',
      sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check('search_index_country_code_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    // < 'Infinity' also refuses NaN, which PostgreSQL sorts above every number (so NaN > 0 holds).
    check('search_index_boost_check', sql`${t.boost} > 0 and ${t.boost} < 'Infinity'`),
    ...mixinConstraints.wgs84Point('search_index', 'location', t.location),
  ],
);

export type SearchIndexEntry = typeof searchIndex.$inferSelect;
export type NewSearchIndexEntry = typeof searchIndex.$inferInsert;
