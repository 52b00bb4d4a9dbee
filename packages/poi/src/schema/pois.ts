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
import { relations, sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { poiStatusEnum } from './enums';
import { poiArExperiences } from './poi-ar-experiences';
import { poiAudioGuides } from './poi-audio-guides';
import { poiCategories } from './poi-categories';
import { poiImages } from './poi-images';
import { poiOpeningHours } from './poi-opening-hours';
import { poiSlugHistory } from './poi-slug-history';
import { poiTranslations } from './poi-translations';

export const pois = pgTable(
  'pois',
  {
    ...id(),
    name: text().notNull(),
    slug: text().notNull(),
    summary: text(),
    description: text(),
    // A category still holding POIs cannot be deleted from under them.
    categoryId: uuid()
      .notNull()
      .references(() => poiCategories.id, { onDelete: 'restrict' }),
    ...geolocation({ required: true }),
    // geometry + range CHECK, as properties: geography input silently folds lat 95 to 85.
    location: geometryPoint4326().notNull(),
    website: text(),
    phone: text(),
    /** 0 = free … 4 = very expensive */
    priceLevel: smallint(),
    /** Adult entry fee; null = unknown, 0 = free. */
    entryFeeMinor: minorUnits(),
    currency: currencyCode(),
    popularityScore: doublePrecision().notNull().default(0),
    status: poiStatusEnum().notNull().default('draft'),
    // Empty-array default via $defaultFn: drizzle-kit re-plans a SQL '{}' default on every push (see users).
    tags: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    /** IANA zone: opening hours are wall-clock times there. */
    timezone: text().notNull().default('UTC'),
    /** The locale its own name/description are written in; its search_index document uses it. */
    defaultLocale: text().notNull().default('en'),
    metaTitle: text(),
    metaDescription: text(),
    ...rating(),
    ...searchable({ a: ['name'], b: ['summary'], c: ['description'], d: ['tags'] }),
    ...metadata(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('pois_slug_key').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('pois_category_id_idx').on(t.categoryId),
    index('pois_status_idx').on(t.status),
    index('pois_tags_idx').using('gin', t.tags),
    // Access path 1: radius + nearest-first on the sphere, in metres.
    index('pois_location_idx').using('gist', sql`(${t.location}::geography)`),
    check('pois_name_check', sql`length(${trimmed(t.name)}) between 1 and 200`),
    check('pois_slug_format_check', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 200`),
    check('pois_tags_check', sql`array_position(${t.tags}, null) is null`),
    check('pois_price_level_check', sql`${t.priceLevel} between 0 and 4`),
    check('pois_entry_fee_minor_check', sql`${t.entryFeeMinor} >= 0`),
    check('pois_entry_fee_currency_check', sql`${t.entryFeeMinor} is null or ${t.currency} is not null`),
    // < 'Infinity' also refuses NaN, which PostgreSQL sorts above every number (so NaN > 0 holds).
    check(
      'pois_popularity_score_check',
      sql`${t.popularityScore} >= 0 and ${t.popularityScore} < 'Infinity'`,
    ),
    check(
      'pois_website_check',
      sql`${t.website} ~ '^https?://[^[:space:]]+$' and length(${t.website}) <= 500`,
    ),
    check('pois_phone_check', sql`${t.phone} ~ '^[+][1-9][0-9]{6,14}$'`),
    check('pois_meta_title_check', sql`length(${t.metaTitle}) <= 70`),
    check('pois_meta_description_check', sql`length(${t.metaDescription}) <= 320`),
    check(
      'pois_default_locale_check',
      sql`${t.defaultLocale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    check(
      'pois_location_range_check',
      sql`st_x(${t.location}) between -180 and 180 and st_y(${t.location}) between -90 and 90`,
    ),
    check('pois_country_code_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    ...mixinConstraints.rating('pois', t),
    ...mixinConstraints.searchable('pois', t, { column: t.name, sqlName: 'name' }),
    ...mixinConstraints.metadata('pois', t),
  ],
);

export type Poi = typeof pois.$inferSelect;
export type NewPoi = typeof pois.$inferInsert;

export const poisRelations = relations(pois, ({ one, many }) => ({
  category: one(poiCategories, { fields: [pois.categoryId], references: [poiCategories.id] }),
  images: many(poiImages),
  audioGuides: many(poiAudioGuides),
  arExperiences: many(poiArExperiences),
  translations: many(poiTranslations),
  openingHours: many(poiOpeningHours),
  slugHistory: many(poiSlugHistory),
}));
