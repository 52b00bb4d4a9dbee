import { audit, id, timestamps, tsvector } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { contentEntityTypeEnum } from './enums';
import { regconfig } from './types';

/**
 * Generic per-field translations. `search_config` is set from the locale by a trigger
 * (tq_locale_regconfig), and the vector is generated from it, so a French value stems French. The column
 * exists because the migration creating this table runs before the function is installed.
 */
export const translations = pgTable(
  'translations',
  {
    ...id(),
    entityType: contentEntityTypeEnum().notNull(),
    entityId: uuid().notNull(),
    field: text().notNull(),
    locale: text().notNull(),
    value: text().notNull(),
    // No SQL default: the locale trigger always sets it (push re-planned a regconfig default on every run).
    searchConfig: regconfig()
      .notNull()
      .$defaultFn(() => 'simple'),
    searchVector: tsvector().generatedAlwaysAs(sql.raw(`to_tsvector(search_config, coalesce(value, ''))`)),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('translations_entity_type_entity_id_field_locale_key').on(
      t.entityType,
      t.entityId,
      t.field,
      t.locale,
    ),
    check('translations_field_check', sql`${t.field} ~ '^[a-z][a-z0-9_]{0,62}$'`),
    check(
      'translations_locale_check',
      sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    index('translations_search_vector_idx').using('gin', t.searchVector),
  ],
);

export type Translation = typeof translations.$inferSelect;
export type NewTranslation = typeof translations.$inferInsert;
