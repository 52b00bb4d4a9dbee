import { audit, id, softDelete, timestamps, trimmed } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { templateChannelEnum } from './enums';

/**
 * Message and page templates. Placeholders are written `{{name}}`; every placeholder in the subject and
 * body must be one of the declared `variables`, so a renderer never meets a name nobody supplies. The check
 * removes each declared placeholder and requires that no `{{` is left.
 */
export const contentTemplates = pgTable(
  'content_templates',
  {
    ...id(),
    key: text().notNull(),
    locale: text().notNull(),
    channel: templateChannelEnum().notNull(),
    subject: text(),
    body: text().notNull(),
    // $defaultFn, not a SQL '{}' default: drizzle-kit re-alters SQL array defaults on every push.
    variables: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    description: text(),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('content_templates_key_locale_channel_key')
      .on(t.key, t.locale, t.channel)
      .where(sql`${t.deletedAt} is null`),
    check('content_templates_key_check', sql`${t.key} ~ '^[a-z0-9][a-z0-9_.-]{1,99}$'`),
    check(
      'content_templates_locale_check',
      sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check(
      'content_templates_variables_check',
      sql`array_position(${t.variables}, null) is null and (cardinality(${t.variables}) = 0 or array_to_string(${t.variables}, ',') ~ '^[a-z][a-zA-Z0-9_]{0,63}(,[a-z][a-zA-Z0-9_]{0,63})*$')`,
    ),
    check(
      'content_templates_variables_declared_check',
      sql`regexp_replace(coalesce(${t.subject}, '') || ' ' || ${t.body}, '\\{\\{\\s*(' || array_to_string(${t.variables}, '|') || ')\\s*\\}\\}', '', 'g') !~ '\\{\\{'`,
    ),
    check(
      'content_templates_subject_check',
      sql`${t.channel} not in ('email', 'push') or coalesce(${trimmed(t.subject)}, '') <> ''`,
    ),
    check('content_templates_body_check', sql`${trimmed(t.body)} <> ''`),
  ],
);

export type ContentTemplate = typeof contentTemplates.$inferSelect;
export type NewContentTemplate = typeof contentTemplates.$inferInsert;
