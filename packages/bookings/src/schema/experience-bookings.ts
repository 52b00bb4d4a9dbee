import { currencyCode, id, minorUnits, timestamps } from '@touriquest/core';
import { experienceSchedules } from '@touriquest/experiences';
import { users } from '@touriquest/users';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, uuid } from 'drizzle-orm/pg-core';
import { experienceBookingStatusEnum } from './enums';
import { paymentTransactions } from './payment-transactions';

/**
 * Seats on an experience schedule. Triggers lock the schedule row and keep its `seats_booked` exact, so a
 * schedule is never oversold, also under concurrent inserts (`experience_bookings_capacity_check`).
 */
export const experienceBookings = pgTable(
  'experience_bookings',
  {
    ...id(),
    scheduleId: uuid()
      .notNull()
      .references(() => experienceSchedules.id, { onDelete: 'restrict' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    participants: smallint().notNull(),
    totalMinor: minorUnits().notNull(),
    currency: currencyCode().notNull(),
    status: experienceBookingStatusEnum().notNull().default('confirmed'),
    ...timestamps(),
  },
  (t) => [
    index('experience_bookings_schedule_id_idx').on(t.scheduleId),
    index('experience_bookings_user_id_idx').on(t.userId, t.createdAt),
    check('experience_bookings_participants_check', sql`${t.participants} > 0`),
    check('experience_bookings_total_check', sql`${t.totalMinor} >= 0`),
  ],
);

export type ExperienceBooking = typeof experienceBookings.$inferSelect;
export type NewExperienceBooking = typeof experienceBookings.$inferInsert;

export const experienceBookingsRelations = relations(experienceBookings, ({ one, many }) => ({
  schedule: one(experienceSchedules, {
    fields: [experienceBookings.scheduleId],
    references: [experienceSchedules.id],
  }),
  user: one(users, { fields: [experienceBookings.userId], references: [users.id] }),
  transactions: many(paymentTransactions),
}));
