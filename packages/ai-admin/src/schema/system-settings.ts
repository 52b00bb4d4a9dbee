import { audit, id, jsonSizeCheck, limits, timestamps, timestamptz } from '@touriquest/core';
import { sql } from 'drizzle-orm';
import { boolean, check, jsonb, pgTable, pgView, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { systemSettingTypeEnum } from './enums';

/**
 * Runtime configuration. `value` is JSON whose JSON type matches `type`. Secret values never leave
 * through the default helpers (`getSetting`, `listSettings`) nor through the `system_settings_public` view,
 * and the audit trail never records any setting's value (only that it changed).
 */
export const systemSettings = pgTable(
  'system_settings',
  {
    ...id(),
    key: text().notNull(),
    value: jsonb().$type<unknown>().notNull(),
    type: systemSettingTypeEnum().notNull(),
    description: text(),
    isSecret: boolean().notNull().default(false),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    jsonSizeCheck('system_settings', 'value', t.value, limits.largeJsonBytes),
    uniqueIndex('system_settings_key_key').on(t.key),
    check(
      'system_settings_key_format_check',
      sql`length(${t.key}) <= 100 and ${t.key} ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'`,
    ),
    check(
      'system_settings_value_type_check',
      sql`${t.type} = 'json' or jsonb_typeof(${t.value}) = ${t.type}::text`,
    ),
  ],
);

/** Settings as anyone may read them: a secret's value is null. */
export const systemSettingsPublic = pgView('system_settings_public', {
  id: uuid().notNull(),
  key: text().notNull(),
  value: jsonb().$type<unknown>(),
  type: systemSettingTypeEnum().notNull(),
  description: text(),
  isSecret: boolean().notNull(),
  updatedAt: timestamptz().notNull(),
}).as(
  sql`select id, key, case when is_secret then null else value end as value, type, description, is_secret, updated_at from system_settings`,
);

export type SystemSetting = typeof systemSettings.$inferSelect;
export type NewSystemSetting = typeof systemSettings.$inferInsert;
