import {
  audit,
  currencyCode,
  id,
  jsonSizeCheck,
  ownedBy,
  privateRowPolicies,
  timestamps,
} from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { unitSystemEnum } from './enums';
import { users } from './users';

export interface NotificationSettings {
  email?: boolean;
  push?: boolean;
  sms?: boolean;
  marketing?: boolean;
  [topic: string]: unknown;
}
export interface PrivacySettings {
  profileVisibility?: 'public' | 'friends' | 'private';
  showTravelHistory?: boolean;
  [setting: string]: unknown;
}

export const userPreferences = pgTable(
  'user_preferences',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    currency: currencyCode().notNull().default('USD'),
    language: text().notNull().default('en'),
    units: unitSystemEnum().notNull().default('metric'),
    notificationSettings: jsonb().$type<NotificationSettings>().notNull().default({}),
    privacySettings: jsonb().$type<PrivacySettings>().notNull().default({}),
    accessibilityNeeds: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    jsonSizeCheck('user_preferences', 'privacy_settings', t.privacySettings),
    jsonSizeCheck('user_preferences', 'notification_settings', t.notificationSettings),
    uniqueIndex('user_preferences_user_id_key').on(t.userId),
    check(
      'user_preferences_language_check',
      sql`${t.language} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check(
      'user_preferences_notification_settings_object_check',
      sql`jsonb_typeof(${t.notificationSettings}) = 'object'`,
    ),
    check(
      'user_preferences_privacy_settings_object_check',
      sql`jsonb_typeof(${t.privacySettings}) = 'object'`,
    ),
    check(
      'user_preferences_accessibility_needs_check',
      sql`array_position(${t.accessibilityNeeds}, null) is null and (cardinality(${t.accessibilityNeeds}) = 0 or array_to_string(${t.accessibilityNeeds}, ',') ~ '^[a-z][a-z0-9_]{0,49}(,[a-z][a-z0-9_]{0,49})*$')`,
    ),
    ...privateRowPolicies('user_preferences', ownedBy(t.userId)),
  ],
);

export type UserPreferences = typeof userPreferences.$inferSelect;
export type NewUserPreferences = typeof userPreferences.$inferInsert;

export const userPreferencesRelations = relations(userPreferences, ({ one }) => ({
  user: one(users, { fields: [userPreferences.userId], references: [users.id] }),
}));
