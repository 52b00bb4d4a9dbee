import {
  audit,
  currencyCode,
  id,
  metadata,
  minorUnits,
  mixinConstraints,
  timestamps,
  timestamptz,
} from '@touriquest/core';
import { properties } from '@touriquest/properties';
import { users } from '@touriquest/users';
import { relations, sql } from 'drizzle-orm';
import { check, date, index, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { generateBookingReference } from '../queries/reference';
import { bookingCancellations } from './booking-cancellations';
import { bookingMessages } from './booking-messages';
import { bookingModifications } from './booking-modifications';
import { bookingPayments } from './booking-payments';
import { bookingStatusEnum } from './enums';

/**
 * A stay. No two pending/confirmed bookings of one property overlap: `bookings_no_overlap_excl` (an
 * exclusion constraint on daterange(check_in, check_out), in logic.ts) — half-open ranges, so back-to-back
 * stays are fine. Blocked dates, nights and guest limits, and the status state machine are triggers there.
 */
export const bookings = pgTable(
  'bookings',
  {
    ...id(),
    /** Human code `TQ-XXXXXXXX`; generated here, or by the insert trigger for raw SQL. */
    reference: text().notNull().$defaultFn(generateBookingReference),
    guestId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'restrict' }),
    checkIn: date({ mode: 'string' }).notNull(),
    checkOut: date({ mode: 'string' }).notNull(),
    adults: smallint().notNull().default(1),
    children: smallint().notNull().default(0),
    infants: smallint().notNull().default(0),
    status: bookingStatusEnum().notNull().default('pending'),
    holdExpiresAt: timestamptz(),
    subtotalMinor: minorUnits().notNull(),
    feesMinor: minorUnits().notNull().default(0),
    taxesMinor: minorUnits().notNull().default(0),
    discountMinor: minorUnits().notNull().default(0),
    totalMinor: minorUnits().notNull(),
    currency: currencyCode().notNull(),
    specialRequests: text(),
    confirmedAt: timestamptz(),
    cancelledAt: timestamptz(),
    ...metadata(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('bookings_reference_key').on(t.reference),
    // A user's upcoming bookings (access path 4).
    index('bookings_guest_id_check_in_idx').on(t.guestId, t.checkIn),
    // A property's bookings in a date window (access path 4); also serves the foreign key.
    index('bookings_property_id_check_in_idx').on(t.propertyId, t.checkIn),
    index('bookings_hold_expires_at_idx').on(t.holdExpiresAt).where(sql`${t.status} = 'pending'`),
    check('bookings_dates_check', sql`${t.checkOut} > ${t.checkIn}`),
    check('bookings_guests_count_check', sql`${t.adults} >= 1 and ${t.children} >= 0 and ${t.infants} >= 0`),
    check('bookings_reference_check', sql`${t.reference} ~ '^TQ-[0-9A-Z]{8}$'`),
    check('bookings_hold_check', sql`(${t.status} = 'pending') = (${t.holdExpiresAt} is not null)`),
    // A status that says "it happened" carries when: acceptance rates (host_performance) count confirmed_at.
    check(
      'bookings_confirmed_at_check',
      sql`${t.status} not in ('confirmed', 'completed', 'no_show') or ${t.confirmedAt} is not null`,
    ),
    check('bookings_cancelled_at_check', sql`${t.status} <> 'cancelled' or ${t.cancelledAt} is not null`),
    check(
      'bookings_amounts_check',
      sql`${t.subtotalMinor} >= 0 and ${t.feesMinor} >= 0 and ${t.taxesMinor} >= 0 and ${t.discountMinor} >= 0`,
    ),
    // The total is the sum less the discount; a discount larger than the sum would make it negative.
    check('bookings_total_nonnegative_check', sql`${t.totalMinor} >= 0`),
    check(
      'bookings_total_check',
      sql`${t.totalMinor} = ${t.subtotalMinor} + ${t.feesMinor} + ${t.taxesMinor} - ${t.discountMinor}`,
    ),
    ...mixinConstraints.metadata('bookings', t),
  ],
);

export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;

export const bookingsRelations = relations(bookings, ({ one, many }) => ({
  guest: one(users, { fields: [bookings.guestId], references: [users.id] }),
  property: one(properties, { fields: [bookings.propertyId], references: [properties.id] }),
  payments: many(bookingPayments),
  modifications: many(bookingModifications),
  cancellation: one(bookingCancellations),
  messages: many(bookingMessages),
}));
