import { bookings, experienceBookings } from '@touriquest/bookings/schema';
import { audit, id, softDelete, timestamps, timestamptz, trimmed } from '@touriquest/core';
import { experiences } from '@touriquest/experiences/schema';
import { pois } from '@touriquest/poi/schema';
import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reviewStatusEnum } from './enums';
import { reviewHelpfulVotes } from './review-helpful-votes';
import { reviewImages } from './review-images';
import { reviewTranslations } from './review-translations';

/**
 * A review of exactly one listing (exclusive arc of real foreign keys). Triggers in logic.ts keep the
 * target's rating_avg/rating_count equal to a recount over published, live reviews, and verify the booking
 * when one is given: `booking_id` (a stay) only on a property review, `experience_booking_id` (seats on a
 * schedule) only on an experience review — each must be the author's own completed booking of that listing.
 */
export const reviews = pgTable(
  'reviews',
  {
    ...id(),
    propertyId: uuid().references(() => properties.id, { onDelete: 'cascade' }),
    poiId: uuid().references(() => pois.id, { onDelete: 'cascade' }),
    experienceId: uuid().references(() => experiences.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bookingId: uuid().references(() => bookings.id, { onDelete: 'set null' }),
    experienceBookingId: uuid().references(() => experienceBookings.id, { onDelete: 'set null' }),
    rating: smallint().notNull(),
    cleanlinessRating: smallint(),
    accuracyRating: smallint(),
    communicationRating: smallint(),
    locationRating: smallint(),
    valueRating: smallint(),
    title: text(),
    body: text().notNull(),
    locale: text().notNull().default('en'),
    status: reviewStatusEnum().notNull().default('pending'),
    helpfulCount: integer().notNull().default(0),
    hostResponse: text(),
    hostRespondedAt: timestamptz(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    check(
      'reviews_single_target_check',
      sql`num_nonnulls(${t.propertyId}, ${t.poiId}, ${t.experienceId}) = 1`,
    ),
    check(
      'reviews_booking_target_check',
      sql`(${t.bookingId} is null or ${t.propertyId} is not null)
        and (${t.experienceBookingId} is null or ${t.experienceId} is not null)`,
    ),
    check('reviews_rating_check', sql`${t.rating} between 1 and 5`),
    check(
      'reviews_sub_ratings_check',
      sql`coalesce(${t.cleanlinessRating}, 1) between 1 and 5 and coalesce(${t.accuracyRating}, 1) between 1 and 5
        and coalesce(${t.communicationRating}, 1) between 1 and 5 and coalesce(${t.locationRating}, 1) between 1 and 5
        and coalesce(${t.valueRating}, 1) between 1 and 5`,
    ),
    check('reviews_body_check', sql`length(${trimmed(t.body)}) > 0`),
    check('reviews_helpful_count_check', sql`${t.helpfulCount} >= 0`),
    check('reviews_host_response_body_check', sql`length(${trimmed(t.hostResponse)}) > 0`),
    check('reviews_host_response_check', sql`(${t.hostResponse} is null) = (${t.hostRespondedAt} is null)`),
    uniqueIndex('reviews_author_id_booking_id_key')
      .on(t.authorId, t.bookingId)
      .where(sql`${t.bookingId} is not null and ${t.deletedAt} is null`),
    uniqueIndex('reviews_author_id_experience_booking_id_key')
      .on(t.authorId, t.experienceBookingId)
      .where(sql`${t.experienceBookingId} is not null and ${t.deletedAt} is null`),
    // Published reviews of a listing, newest first (access path: listing page).
    index('reviews_property_id_published_idx')
      .on(t.propertyId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('reviews_poi_id_published_idx')
      .on(t.poiId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('reviews_experience_id_published_idx')
      .on(t.experienceId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('reviews_author_id_idx').on(t.authorId),
    index('reviews_booking_id_idx').on(t.bookingId),
    index('reviews_experience_booking_id_idx').on(t.experienceBookingId),
  ],
);

export type Review = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;

export const reviewsRelations = relations(reviews, ({ many }) => ({
  votes: many(reviewHelpfulVotes),
  images: many(reviewImages),
  translations: many(reviewTranslations),
}));
