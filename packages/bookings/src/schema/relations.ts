import { experienceSchedules } from '@touriquest/experiences';
import { properties } from '@touriquest/properties';
import { users } from '@touriquest/users';
import { relations } from 'drizzle-orm';
import { bookingCancellations } from './booking-cancellations';
import { bookingMessages } from './booking-messages';
import { bookingModifications } from './booking-modifications';
import { bookingPayments } from './booking-payments';
import { bookings } from './bookings';
import { experienceBookings } from './experience-bookings';
import { paymentTransactions } from './payment-transactions';

export const bookingsRelations = relations(bookings, ({ one, many }) => ({
  guest: one(users, { fields: [bookings.guestId], references: [users.id] }),
  property: one(properties, { fields: [bookings.propertyId], references: [properties.id] }),
  payments: many(bookingPayments),
  modifications: many(bookingModifications),
  cancellation: one(bookingCancellations),
  messages: many(bookingMessages),
}));

export const bookingPaymentsRelations = relations(bookingPayments, ({ one, many }) => ({
  booking: one(bookings, { fields: [bookingPayments.bookingId], references: [bookings.id] }),
  transactions: many(paymentTransactions),
}));

export const paymentTransactionsRelations = relations(paymentTransactions, ({ one }) => ({
  bookingPayment: one(bookingPayments, {
    fields: [paymentTransactions.bookingPaymentId],
    references: [bookingPayments.id],
  }),
  experienceBooking: one(experienceBookings, {
    fields: [paymentTransactions.experienceBookingId],
    references: [experienceBookings.id],
  }),
}));

export const bookingModificationsRelations = relations(bookingModifications, ({ one }) => ({
  booking: one(bookings, { fields: [bookingModifications.bookingId], references: [bookings.id] }),
}));

export const bookingCancellationsRelations = relations(bookingCancellations, ({ one }) => ({
  booking: one(bookings, { fields: [bookingCancellations.bookingId], references: [bookings.id] }),
}));

export const bookingMessagesRelations = relations(bookingMessages, ({ one }) => ({
  booking: one(bookings, { fields: [bookingMessages.bookingId], references: [bookings.id] }),
  sender: one(users, { fields: [bookingMessages.senderId], references: [users.id] }),
}));

export const experienceBookingsRelations = relations(experienceBookings, ({ one, many }) => ({
  schedule: one(experienceSchedules, {
    fields: [experienceBookings.scheduleId],
    references: [experienceSchedules.id],
  }),
  user: one(users, { fields: [experienceBookings.userId], references: [users.id] }),
  transactions: many(paymentTransactions),
}));
