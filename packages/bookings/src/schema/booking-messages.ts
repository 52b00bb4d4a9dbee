import {
  currentActor,
  id,
  ownedBy,
  privateRowPolicies,
  timestamps,
  timestamptz,
  trimmed,
} from '@touriquest/core';
import { users } from '@touriquest/users';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';

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
    check('booking_messages_body_check', sql`length(${trimmed(t.body)}) > 0`),
    // The guest and the host of the booking read its messages; each writes only as the sender.
    ...privateRowPolicies('booking_messages', ownedBy(t.senderId), {
      read: sql`exists (select 1 from bookings b join properties p on p.id = b.property_id where b.id = ${t.bookingId} and ${currentActor} in (b.guest_id, p.host_id))`,
      insert: sql`${t.senderId} = ${currentActor} and exists (select 1 from bookings b join properties p on p.id = b.property_id where b.id = ${t.bookingId} and ${currentActor} in (b.guest_id, p.host_id))`,
    }),
  ],
);

export type BookingMessage = typeof bookingMessages.$inferSelect;
export type NewBookingMessage = typeof bookingMessages.$inferInsert;

export const bookingMessagesRelations = relations(bookingMessages, ({ one }) => ({
  booking: one(bookings, { fields: [bookingMessages.bookingId], references: [bookings.id] }),
  sender: one(users, { fields: [bookingMessages.senderId], references: [users.id] }),
}));
