import {
  audit,
  currencyCode,
  geolocation,
  geometryPoint4326,
  id,
  metadata,
  minorUnits,
  mixinConstraints,
  rating,
  searchable,
  softDelete,
  timestamps,
  trimmed,
} from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { experienceDifficultyEnum, experienceStatusEnum } from './enums';
import { experienceCategories } from './experience-categories';
import { experienceImages } from './experience-images';
import { experienceRequirements } from './experience-requirements';
import { experienceSchedules } from './experience-schedules';
import { experienceSlugHistory } from './experience-slug-history';
import { experienceTranslations } from './experience-translations';

export const experiences = pgTable(
  'experiences',
  {
    ...id(),
    // A host with listings is deactivated, never hard-deleted from under them.
    hostId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    slug: text().notNull(),
    summary: text(),
    description: text(),
    categoryId: uuid()
      .notNull()
      .references(() => experienceCategories.id, { onDelete: 'restrict' }),
    ...geolocation({ required: true }),
    // geometry + range CHECK (see core's geometryPoint4326): geography input silently folds lat 95 to 85.
    location: geometryPoint4326().notNull(),
    meetingPoint: geometryPoint4326(),
    meetingPointDescription: text(),
    durationMinutes: integer().notNull(),
    minParticipants: integer().notNull().default(1),
    maxParticipants: integer().notNull(),
    priceMinor: minorUnits().notNull(),
    currency: currencyCode().notNull(),
    // Empty-array default via $defaultFn: drizzle-kit re-plans a SQL '{}' default on every push.
    languages: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    difficulty: experienceDifficultyEnum().notNull().default('easy'),
    status: experienceStatusEnum().notNull().default('draft'),
    /** IANA zone of the place; schedules are timestamptz, this is for display. */
    timezone: text().notNull().default('UTC'),
    /** The locale its own title/description are written in; its search_index document uses it. */
    defaultLocale: text().notNull().default('en'),
    metaTitle: text(),
    metaDescription: text(),
    ...rating(),
    ...searchable({ a: ['title'], b: ['summary'], c: ['description'] }),
    ...metadata(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('experiences_slug_key').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('experiences_host_id_idx').on(t.hostId),
    index('experiences_category_id_idx').on(t.categoryId),
    index('experiences_status_idx').on(t.status),
    // Access path 4: schedules near a point join here, in metres on the sphere.
    index('experiences_location_idx').using('gist', sql`(${t.location}::geography)`),
    check('experiences_title_check', sql`length(${trimmed(t.title)}) between 1 and 200`),
    check(
      'experiences_slug_format_check',
      sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 200`,
    ),
    check('experiences_duration_minutes_check', sql`${t.durationMinutes} > 0`),
    check('experiences_min_participants_check', sql`${t.minParticipants} >= 1`),
    check('experiences_max_participants_check', sql`${t.maxParticipants} >= ${t.minParticipants}`),
    check('experiences_price_minor_check', sql`${t.priceMinor} >= 0`),
    // Up to 30 spoken languages, each a BCP 47 tag (the twin of zod's localeSchema).
    check(
      'experiences_languages_check',
      sql`cardinality(${t.languages}) <= 30 and array_position(${t.languages}, null) is null and (cardinality(${t.languages}) = 0 or array_to_string(${t.languages}, ',') ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(,[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?)*$')`,
    ),
    check('experiences_meeting_point_description_check', sql`length(${t.meetingPointDescription}) <= 1000`),
    check('experiences_meta_title_check', sql`length(${t.metaTitle}) <= 70`),
    check('experiences_meta_description_check', sql`length(${t.metaDescription}) <= 320`),
    check(
      'experiences_default_locale_check',
      sql`${t.defaultLocale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check(
      'experiences_location_range_check',
      sql`st_x(${t.location}) between -180 and 180 and st_y(${t.location}) between -90 and 90`,
    ),
    check(
      'experiences_meeting_point_range_check',
      sql`st_x(${t.meetingPoint}) between -180 and 180 and st_y(${t.meetingPoint}) between -90 and 90`,
    ),
    check('experiences_country_code_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    ...mixinConstraints.rating('experiences', t),
    ...mixinConstraints.searchable('experiences', t, { column: t.title, sqlName: 'title' }),
    ...mixinConstraints.metadata('experiences', t),
  ],
);

export type Experience = typeof experiences.$inferSelect;
export type NewExperience = typeof experiences.$inferInsert;

export const experiencesRelations = relations(experiences, ({ one, many }) => ({
  host: one(users, { fields: [experiences.hostId], references: [users.id] }),
  category: one(experienceCategories, {
    fields: [experiences.categoryId],
    references: [experienceCategories.id],
  }),
  schedules: many(experienceSchedules),
  requirements: many(experienceRequirements),
  images: many(experienceImages),
  translations: many(experienceTranslations),
  slugHistory: many(experienceSlugHistory),
}));
