import { id, minorUnits, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { refundStatusEnum } from './enums';

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
    // Deleting a user finds their rows here (foreign key to users).
    index('booking_cancellations_cancelled_by_idx').on(t.cancelledBy),
  ],
);

export type BookingCancellation = typeof bookingCancellations.$inferSelect;
export type NewBookingCancellation = typeof bookingCancellations.$inferInsert;

export const bookingCancellationsRelations = relations(bookingCancellations, ({ one }) => ({
  booking: one(bookings, { fields: [bookingCancellations.bookingId], references: [bookings.id] }),
}));
