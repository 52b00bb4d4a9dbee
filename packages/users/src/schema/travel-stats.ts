import { timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { bigint, check, date, integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Derived from travel_history and user_profiles.home_location by triggers only (logic.ts); never written by
 * the application. Keyed by user_id: there is nothing else to identify.
 * `distance_km` = sum over trips with a location of the great-circle distance home → place (one way),
 * 0 while the user has no home location.
 */
export const travelStats = pgTable(
  'travel_stats',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    countriesVisited: integer().notNull().default(0),
    citiesVisited: integer().notNull().default(0),
    trips: integer().notNull().default(0),
    nights: integer().notNull().default(0),
    distanceKm: bigint({ mode: 'number' }).notNull().default(0),
    // The date the latest trip ended (travel_history holds dates, not instants).
    lastTripAt: date(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    check(
      'travel_stats_counts_check',
      sql`${t.countriesVisited} >= 0 and ${t.citiesVisited} >= 0 and ${t.trips} >= 0 and ${t.nights} >= 0 and ${t.distanceKm} >= 0`,
    ),
  ],
);

export type TravelStats = typeof travelStats.$inferSelect;
export type NewTravelStats = typeof travelStats.$inferInsert;

export const travelStatsRelations = relations(travelStats, ({ one }) => ({
  user: one(users, { fields: [travelStats.userId], references: [users.id] }),
}));
