import { audit, geometryPoint4326, id, metadata, mixinConstraints, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { char, check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BIO_MAX_LENGTH } from '../constants';
import { travelStyleEnum } from './enums';
import { users } from './users';

export const userProfiles = pgTable(
  'user_profiles',
  {
    ...id(),
    // 1:1 with users; the profile is part of the account, so it goes when the account is purged.
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    displayName: text(),
    bio: text(),
    // media_files lives in @touriquest/content (layer 2): a layer-1 table cannot reference it, so this is a
    // plain uuid; content checks it and clears it when the media file is deleted.
    avatarMediaId: uuid(),
    // "Not in the future" depends on today, which a CHECK may not use: enforced by a trigger under the
    // name user_profiles_date_of_birth_check (see logic.ts).
    dateOfBirth: date(),
    nationality: char({ length: 2 }),
    homeLocation: geometryPoint4326(),
    homeCity: text(),
    homeCountryCode: char({ length: 2 }),
    // Empty-array defaults live in TypeScript ($defaultFn): drizzle-kit 0.31 introspects a SQL '{}' default as
    // '{""}' and would re-alter it on every push. Raw SQL inserts must name these columns.
    languages: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    interests: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    travelStyle: travelStyleEnum(),
    ...metadata(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('user_profiles_user_id_key').on(t.userId),
    check('user_profiles_bio_length_check', sql`char_length(${t.bio}) <= ${sql.raw(String(BIO_MAX_LENGTH))}`),
    check('user_profiles_date_of_birth_range_check', sql`${t.dateOfBirth} >= date '1900-01-01'`),
    check('user_profiles_nationality_check', sql`${t.nationality} ~ '^[A-Z]{2}$'`),
    check('user_profiles_home_country_code_check', sql`${t.homeCountryCode} ~ '^[A-Z]{2}$'`),
    ...mixinConstraints.wgs84Point('user_profiles', 'home_location', t.homeLocation),
    // array_to_string skips NULL elements, hence the array_position test.
    check(
      'user_profiles_languages_check',
      sql`array_position(${t.languages}, null) is null and (cardinality(${t.languages}) = 0 or array_to_string(${t.languages}, ',') ~ '^[a-z]{2,3}(,[a-z]{2,3})*$')`,
    ),
    check(
      'user_profiles_interests_check',
      sql`array_position(${t.interests}, null) is null and (cardinality(${t.interests}) = 0 or array_to_string(${t.interests}, ',') ~ '^[a-z][a-z0-9_]{0,49}(,[a-z][a-z0-9_]{0,49})*$')`,
    ),
    index('user_profiles_interests_idx').using('gin', t.interests),
    ...mixinConstraints.metadata('user_profiles', t),
  ],
);

export type UserProfile = typeof userProfiles.$inferSelect;
export type NewUserProfile = typeof userProfiles.$inferInsert;

export const userProfilesRelations = relations(userProfiles, ({ one }) => ({
  user: one(users, { fields: [userProfiles.userId], references: [users.id] }),
}));
