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
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  time,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cancellationPolicyEnum, propertyStatusEnum, propertyTypeEnum } from './enums';
import { propertyAmenities } from './property-amenities';
import { propertyAvailability } from './property-availability';
import { propertyCalendar } from './property-calendar';
import { propertyImages } from './property-images';
import { propertyPricing } from './property-pricing';
import { propertyRules } from './property-rules';
import { propertySlugHistory } from './property-slug-history';

export const properties = pgTable(
  'properties',
  {
    ...id(),
    // A host with listings is not hard-deleted silently: bookings and payouts hang off the listing.
    hostId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    type: propertyTypeEnum().notNull(),
    title: text().notNull(),
    slug: text().notNull(),
    summary: text(),
    description: text(),
    ...geolocation({ required: true }),
    location: geometryPoint4326().notNull(),
    /** lower(city), stored: the city search's index key (push re-plans expression indexes forever). */
    cityKey: text().generatedAlwaysAs(sql`lower(city)`),
    maxGuests: integer().notNull(),
    bedrooms: smallint().notNull().default(0),
    beds: smallint().notNull().default(0),
    // '0' quoted: drizzle-kit introspects numeric defaults as strings and would re-plan a bare 0 on every push.
    bathrooms: numeric({ precision: 3, scale: 1, mode: 'number' }).notNull().default(sql`'0'`),
    basePriceMinor: minorUnits().notNull(),
    currency: currencyCode().notNull(),
    status: propertyStatusEnum().notNull().default('draft'),
    instantBook: boolean().notNull().default(false),
    // Full HH:MM:SS, as the catalog shows it, so push sees no difference.
    checkInTime: time().notNull().default('15:00:00'),
    checkOutTime: time().notNull().default('11:00:00'),
    minNights: integer().notNull().default(1),
    /** null = no upper limit */
    maxNights: integer(),
    cancellationPolicy: cancellationPolicyEnum().notNull().default('moderate'),
    metaTitle: text(),
    metaDescription: text(),
    /** IANA zone: check-in dates and "last minute" are reckoned in the property's local time. */
    timezone: text().notNull().default('UTC'),
    /** The locale its own title/description are written in; the search_index document uses it. */
    defaultLocale: text().notNull().default('en'),
    ...rating(),
    ...searchable({ a: ['title'], b: ['summary'], c: ['description'] }),
    ...metadata(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('properties_slug_key').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('properties_host_id_idx').on(t.hostId),
    // Access path 2 by city: only live, active listings are ever searched. In the searches' order (cheapest
    // first, then id), so a city search walks it and stops at the first bookable rows (the party size is
    // checked on the row, which the availability probes read anyway). (city_key, max_guests, base_price_minor)
    // made every candidate of the city be read, probed and sorted: 187 ms for a city of 6,000 properties under
    // load, 0.6 ms walking this.
    index('properties_city_price_idx')
      .on(t.cityKey, t.basePriceMinor, t.id)
      .where(sql`${t.status} = 'active' and ${t.deletedAt} is null`),
    index('properties_status_idx').on(t.status),
    check('properties_max_guests_check', sql`${t.maxGuests} > 0`),
    check('properties_bedrooms_check', sql`${t.bedrooms} >= 0`),
    check('properties_beds_check', sql`${t.beds} >= 0`),
    // < 'Infinity' also refuses NaN, which PostgreSQL sorts above every number (so NaN > 0 holds).
    check('properties_bathrooms_check', sql`${t.bathrooms} >= 0 and ${t.bathrooms} < 'Infinity'`),
    check('properties_base_price_minor_check', sql`${t.basePriceMinor} >= 0`),
    // Times of day, not ends of a day: 24:00 would be the next day's 00:00.
    check('properties_check_times_check', sql`${t.checkInTime} < '24:00' and ${t.checkOutTime} < '24:00'`),
    check('properties_min_nights_check', sql`${t.minNights} >= 1`),
    check('properties_max_nights_check', sql`${t.maxNights} is null or ${t.maxNights} >= ${t.minNights}`),
    check('properties_title_check', sql`length(${trimmed(t.title)}) between 1 and 200`),
    check(
      'properties_slug_format_check',
      sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 200`,
    ),
    check('properties_meta_title_check', sql`length(${t.metaTitle}) <= 70`),
    check('properties_meta_description_check', sql`length(${t.metaDescription}) <= 320`),
    check(
      'properties_default_locale_check',
      sql`${t.defaultLocale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
    // Replaces mixinConstraints.geolocation: the type pins SRID and point; the range is ours to check.
    check(
      'properties_location_range_check',
      sql`st_x(${t.location}) between -180 and 180 and st_y(${t.location}) between -90 and 90`,
    ),
    check('properties_country_code_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    index('properties_location_idx').using('gist', sql`(${t.location}::geography)`),
    ...mixinConstraints.rating('properties', t),
    ...mixinConstraints.searchable('properties', t, { column: t.title, sqlName: 'title' }),
    ...mixinConstraints.metadata('properties', t),
  ],
);

export type Property = typeof properties.$inferSelect;
export type NewProperty = typeof properties.$inferInsert;

export const propertiesRelations = relations(properties, ({ one, many }) => ({
  host: one(users, { fields: [properties.hostId], references: [users.id] }),
  availability: many(propertyAvailability),
  amenities: many(propertyAmenities),
  pricing: many(propertyPricing),
  calendar: many(propertyCalendar),
  rules: many(propertyRules),
  images: many(propertyImages),
  slugHistory: many(propertySlugHistory),
}));
