import { id, jsonSizeCheck, minorUnits, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users';
import { relations, sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { modificationStatusEnum, modificationTypeEnum } from './enums';

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
    jsonSizeCheck('booking_modifications', 'new_values', t.newValues),
    jsonSizeCheck('booking_modifications', 'old_values', t.oldValues),
    index('booking_modifications_booking_id_idx').on(t.bookingId, t.createdAt),
    check(
      'booking_modifications_values_object_check',
      sql`jsonb_typeof(${t.oldValues}) = 'object' and jsonb_typeof(${t.newValues}) = 'object'`,
    ),
    check('booking_modifications_decided_check', sql`(${t.status} = 'requested') = (${t.decidedAt} is null)`),
    // Deleting a user finds their rows here (foreign key to users).
    index('booking_modifications_requested_by_idx').on(t.requestedBy),
  ],
);

export type BookingModification = typeof bookingModifications.$inferSelect;
export type NewBookingModification = typeof bookingModifications.$inferInsert;

export const bookingModificationsRelations = relations(bookingModifications, ({ one }) => ({
  booking: one(bookings, { fields: [bookingModifications.bookingId], references: [bookings.id] }),
}));
