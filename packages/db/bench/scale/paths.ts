/**
 * The access paths of SCHEMA.md (1–8), each as the project's own helper and as the identical SQL text with its
 * parameters (rendered by Drizzle before the clock starts), with the indexes that serve it — dropped inside a
 * rolled-back transaction to measure what the index is worth — and the goal issue 12 sets, where it sets one.
 */
import {
  findAvailableProperties,
  findAvailablePropertiesQuery,
  propertyBookingsInWindow,
  upcomingBookingsForUser,
  upcomingBookingsQuery,
} from '@touriquest/bookings';
import {
  fuzzySearchListings,
  fuzzySearchListingsQuery,
  searchListings,
  searchListingsQuery,
} from '@touriquest/content';
import { auditHistory, auditLog, type Db } from '@touriquest/core';
import { openSchedulesNear, openSchedulesNearQuery } from '@touriquest/experiences';
import { poisNear, poisNearQuery } from '@touriquest/poi';
import { findPropertyById, properties } from '@touriquest/properties';
import { publishedReviewsOf, publishedReviewsQuery } from '@touriquest/reviews';
import { feedQuery, getFeed, unreadNotificationCount, unreadNotificationCountSql } from '@touriquest/social';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { benchCities } from './corpus';
import { pick, type Samples } from './samples';

export interface RenderedQuery {
  sql: string;
  params: unknown[];
}

export interface AccessPath {
  /** SCHEMA.md's number (0: not one of its paths, but a lookup every page makes) */
  spec: number;
  name: string;
  /** What the figure is compared with (issue 12), in ms; p95 when `goalOn` says so. */
  goalMs?: number;
  goalOn?: 'p50' | 'p95';
  /** Indexes (or constraints, `constraint:table.name`) that serve the path: all are dropped for the comparison. */
  indexes: string[];
  /** Fresh random parameters. */
  params(s: Samples): unknown;
  helper(db: Db, p: unknown): Promise<unknown>;
  render(db: Db, p: unknown): RenderedQuery;
}

const dialectOf = (db: Db) => (db as unknown as { dialect: PgDialect }).dialect;
const fromSql = (db: Db, q: SQL): RenderedQuery => {
  const r = dialectOf(db).sqlToQuery(q);
  return { sql: r.sql, params: r.params };
};
const fromBuilder = (q: { toSQL(): { sql: string; params: unknown[] } }): RenderedQuery => q.toSQL();

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const randInt = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));
const cityOf = (name: string) => benchCities.find((c) => c.name === name)!;

/** Typed per path: a helper and its rendered twin get the same parameter object. */
function path<T>(
  p: Omit<AccessPath, 'params' | 'helper' | 'render'> & {
    params(s: Samples): T;
    helper(db: Db, p: T): Promise<unknown>;
    render(db: Db, p: T): RenderedQuery;
  },
): AccessPath {
  return p as unknown as AccessPath;
}

export const accessPaths: AccessPath[] = [
  path({
    spec: 0,
    name: 'a property by id (the lookup behind every page)',
    goalMs: 1,
    goalOn: 'p50',
    // The primary key: foreign keys depend on it, so it is not dropped for the comparison (measure.ts).
    indexes: ['properties_pkey'],
    params: (s) => ({ id: pick(s.reviewedProperties) }),
    helper: (db, p) => findPropertyById(db, p.id),
    // findPropertyById's own builder, spelled out: the helper is a prepared statement with no query function.
    render: (db, p) =>
      fromBuilder(
        db
          .select()
          .from(properties)
          .where(and(eq(properties.id, p.id), isNull(properties.deletedAt)))
          .limit(1),
      ),
  }),
  path({
    spec: 1,
    name: 'nearest 20 POIs (5 km cap)',
    goalMs: 2,
    goalOn: 'p50',
    indexes: ['pois_location_idx'],
    params: (s) => ({ ...pick(s.points), radiusKm: 5, limit: 20 }),
    helper: (db, p) => poisNear(db, p),
    render: (db, p) => fromBuilder(poisNearQuery(db, p)),
  }),
  path({
    spec: 1,
    name: 'nearest 20 POIs within 20 km',
    goalMs: 5,
    goalOn: 'p50',
    indexes: ['pois_location_idx'],
    params: (s) => ({ ...pick(s.points), radiusKm: 20, limit: 20 }),
    helper: (db, p) => poisNear(db, p),
    render: (db, p) => fromBuilder(poisNearQuery(db, p)),
  }),
  path({
    spec: 2,
    name: 'available properties by city + dates + guests + price',
    goalMs: 50,
    goalOn: 'p95',
    indexes: ['properties_city_price_idx', 'constraint:bookings.bookings_no_overlap_excl'],
    params: (s) => {
      const city = cityOf(pick(s.cities));
      const inDays = randInt(3, 120);
      return {
        city: city.name,
        checkIn: isoDay(inDays),
        checkOut: isoDay(inDays + randInt(2, 5)),
        guests: randInt(1, 4),
        currency: city.currency,
        minPriceMinor: 5_000,
        maxPriceMinor: randInt(15_000, 40_000),
        limit: 20,
      };
    },
    helper: (db, p) => findAvailableProperties(db, p),
    render: (db, p) => fromBuilder(findAvailablePropertiesQuery(db, p)),
  }),
  path({
    spec: 3,
    name: 'ranked full-text top 20, common word, every locale',
    goalMs: 20,
    goalOn: 'p95',
    indexes: ['search_index_locale_search_vector_idx', 'search_index_locale_boost_idx'],
    params: (s) => {
      const locale = pick(Object.keys(s.commonWords));
      return { query: pick(s.commonWords[locale]!), locale, limit: 20 };
    },
    helper: (db, p) => searchListings(db, p),
    render: (db, p) => fromSql(db, searchListingsQuery(p)),
  }),
  path({
    spec: 3,
    name: 'ranked full-text top 20, a proper name',
    indexes: ['search_index_locale_search_vector_idx', 'search_index_locale_boost_idx'],
    params: (s) => ({ ...pick(s.names), limit: 20 }),
    helper: (db, p) => searchListings(db, p),
    render: (db, p) => fromSql(db, searchListingsQuery(p)),
  }),
  path({
    spec: 3,
    name: 'fuzzy (trigram) name top 20',
    goalMs: 20,
    goalOn: 'p50',
    indexes: ['search_words_word_trgm_idx', 'search_index_locale_search_vector_idx'],
    params: (s) => ({ name: pick(s.typos), limit: 20 }),
    helper: (db, p) => fuzzySearchListings(db, p),
    render: (db, p) => fromSql(db, fuzzySearchListingsQuery(p)),
  }),
  path({
    spec: 4,
    name: "a user's upcoming bookings",
    goalMs: 1,
    goalOn: 'p50',
    indexes: ['bookings_guest_id_check_in_idx'],
    params: (s) => ({ userId: pick(s.guests) }),
    helper: (db, p) => upcomingBookingsForUser(db, p.userId),
    render: (db, p) => fromBuilder(upcomingBookingsQuery(db, p.userId)),
  }),
  path({
    spec: 4,
    name: "a property's bookings in a 90-day window",
    indexes: ['bookings_property_id_check_in_idx'],
    params: (s) => ({ propertyId: pick(s.propertiesWithBookings), from: isoDay(-30), to: isoDay(60) }),
    helper: (db, p) => propertyBookingsInWindow(db, p.propertyId, p.from, p.to),
    render: (db, p) => fromBuilder(propertyBookingsInWindow(db, p.propertyId, p.from, p.to)),
  }),
  path({
    spec: 5,
    name: 'open experience schedules with free seats, next 14 days, 25 km',
    indexes: ['experience_schedules_open_starts_at_idx', 'experiences_location_idx'],
    params: (s) => {
      const start = randInt(7, 60);
      return {
        from: new Date(Date.now() + start * 86_400_000),
        to: new Date(Date.now() + (start + 14) * 86_400_000),
        near: { ...pick(s.points), radiusKm: 25 },
        minSeats: randInt(1, 3),
        limit: 20,
      };
    },
    helper: (db, p) => openSchedulesNear(db, p),
    render: (db, p) => fromBuilder(openSchedulesNearQuery(db, p)),
  }),
  path({
    spec: 6,
    name: 'published reviews of a listing, newest first',
    indexes: ['reviews_property_id_published_idx'],
    params: (s) => ({ propertyId: pick(s.reviewedProperties) }),
    helper: (db, p) => publishedReviewsOf(db, { propertyId: p.propertyId }, { limit: 20 }),
    render: (db, p) => fromBuilder(publishedReviewsQuery(db, { propertyId: p.propertyId }, 21)),
  }),
  path({
    spec: 6,
    name: "a user's unread notification count",
    goalMs: 1,
    goalOn: 'p50',
    indexes: ['notifications_user_unread_idx'],
    params: (s) => ({ userId: pick(s.notified) }),
    helper: (db, p) => unreadNotificationCount(db, p.userId),
    render: (db, p) => fromSql(db, unreadNotificationCountSql(p.userId)),
  }),
  path({
    spec: 7,
    name: "a user's feed (first page)",
    indexes: ['social_posts_author_created_idx'],
    params: (s) => ({ userId: pick(s.followers) }),
    helper: (db, p) => getFeed(db, p.userId, { limit: 20 }),
    render: (db, p) => fromBuilder(feedQuery(db, p.userId, { limit: 20 })),
  }),
  path({
    spec: 8,
    name: 'audit history of one record',
    goalMs: 1,
    goalOn: 'p50',
    indexes: ['audit_log_table_record_occurred_idx'],
    params: (s) => ({ recordId: pick(s.auditedProperties) }),
    helper: (db, p) => auditHistory(db, 'properties', p.recordId, 20),
    // auditHistory's own builder, spelled out: the helper exposes no query function.
    render: (db, p) =>
      fromBuilder(
        db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.tableName, 'properties'), eq(auditLog.recordId, p.recordId)))
          .orderBy(desc(auditLog.occurredAt))
          .limit(20),
      ),
  }),
];
