import { audit, geometryPoint4326, id, mixinConstraints, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { char, check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Places a user has been. Every change recomputes the user's travel_stats (trigger in logic.ts). */
export const travelHistory = pgTable(
  'travel_history',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    countryCode: char({ length: 2 }).notNull(),
    city: text(),
    placeName: text(),
    location: geometryPoint4326(),
    visitedFrom: date().notNull(),
    visitedTo: date().notNull(),
    // bookings is layer 4; a layer-1 table cannot reference it. The bookings package owns the link's integrity.
    bookingId: uuid(),
    notes: text(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    index('travel_history_user_id_visited_from_idx').on(t.userId, t.visitedFrom),
    // A booking yields at most one history entry.
    uniqueIndex('travel_history_booking_id_key').on(t.bookingId).where(sql`${t.bookingId} is not null`),
    check('travel_history_visited_range_check', sql`${t.visitedTo} >= ${t.visitedFrom}`),
    check('travel_history_country_code_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    ...mixinConstraints.wgs84Point('travel_history', 'location', t.location),
  ],
);

export type TravelHistoryEntry = typeof travelHistory.$inferSelect;
export type NewTravelHistoryEntry = typeof travelHistory.$inferInsert;

export const travelHistoryRelations = relations(travelHistory, ({ one }) => ({
  user: one(users, { fields: [travelHistory.userId], references: [users.id] }),
}));
