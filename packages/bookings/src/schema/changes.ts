import { id, minorUnits, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { modificationStatusEnum, modificationTypeEnum, refundStatusEnum } from './enums';

/** A requested change to a booking, with before/after values and the price difference it implies. */
export const bookingModifications = pgTable(
  'booking_modifications',
  {
    ...id(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    changeType: modificationTypeEnum().notNull(),
    oldValues: jsonb().$type<Record<string, unknown>>().notNull(),
    newValues: jsonb().$type<Record<string, unknown>>().notNull(),
    priceDifferenceMinor: minorUnits().notNull().default(0),
    status: modificationStatusEnum().notNull().default('requested'),
    decidedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('booking_modifications_booking_id_idx').on(t.bookingId, t.createdAt),
    check(
      'booking_modifications_values_object_check',
      sql`jsonb_typeof(${t.oldValues}) = 'object' and jsonb_typeof(${t.newValues}) = 'object'`,
    ),
    check('booking_modifications_decided_check', sql`(${t.status} = 'requested') = (${t.decidedAt} is null)`),
  ],
);

/** At most one cancellation per booking; inserting it cancels the booking and frees the dates (trigger). */
export const bookingCancellations = pgTable(
  'booking_cancellations',
  {
    ...id(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    cancelledBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    reason: text(),
    policyApplied: text().notNull(),
    refundMinor: minorUnits().notNull().default(0),
    refundStatus: refundStatusEnum().notNull().default('not_applicable'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('booking_cancellations_booking_id_key').on(t.bookingId),
    check('booking_cancellations_refund_nonnegative_check', sql`${t.refundMinor} >= 0`),
  ],
);

/** Guest ↔ host messages of one booking, in order; only that booking's guest and host may write. */
export const bookingMessages = pgTable(
  'booking_messages',
  {
    ...id(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    senderId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text().notNull(),
    readAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('booking_messages_booking_id_created_at_idx').on(t.bookingId, t.createdAt, t.id),
    index('booking_messages_sender_id_idx').on(t.senderId),
    check('booking_messages_body_check', sql`length(btrim(${t.body})) > 0`),
  ],
);

export type BookingModification = typeof bookingModifications.$inferSelect;
export type NewBookingModification = typeof bookingModifications.$inferInsert;
export type BookingCancellation = typeof bookingCancellations.$inferSelect;
export type NewBookingCancellation = typeof bookingCancellations.$inferInsert;
export type BookingMessage = typeof bookingMessages.$inferSelect;
export type NewBookingMessage = typeof bookingMessages.$inferInsert;
