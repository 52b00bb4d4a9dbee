import { type Db, queryOne } from '@touriquest/core';
import { eq, sql } from 'drizzle-orm';
import { type TravelStats, travelStats } from '../schema/travel-stats';

export async function travelStatsOf(db: Db, userId: string): Promise<TravelStats | undefined> {
  const [row] = await db.select().from(travelStats).where(eq(travelStats.userId, userId));
  return row;
}

export type TravelRecount = Pick<
  TravelStats,
  'countriesVisited' | 'citiesVisited' | 'trips' | 'nights' | 'distanceKm' | 'lastTripAt'
>;

/**
 * The stats recounted from travel_history alone, independent of the trigger: for consistency checks and
 * for auditing a database after a bulk load with triggers disabled.
 */
export async function recountTravelStats(db: Db, userId: string): Promise<TravelRecount> {
  const row = await queryOne<Record<string, unknown>>(
    db,
    sql`select count(distinct h.country_code) as countries,
               count(distinct (h.country_code, lower(btrim(h.city)))) filter (where nullif(btrim(h.city), '') is not null) as cities,
               count(*) as trips,
               coalesce(sum(h.visited_to - h.visited_from), 0) as nights,
               coalesce(round(sum(st_distance(p.home_location::geography, h.location::geography)) / 1000), 0) as distance,
               max(h.visited_to)::text as last_trip
          from travel_history h
          left join user_profiles p on p.user_id = h.user_id
         where h.user_id = ${userId}`,
  );
  return {
    countriesVisited: Number(row?.countries ?? 0),
    citiesVisited: Number(row?.cities ?? 0),
    trips: Number(row?.trips ?? 0),
    nights: Number(row?.nights ?? 0),
    distanceKm: Number(row?.distance ?? 0),
    lastTripAt: (row?.last_trip as string | null) ?? null,
  };
}

/** Recompute one user's stats now (what the trigger does); for repair after a bulk load. */
export async function refreshTravelStats(db: Db, userId: string): Promise<void> {
  await db.execute(sql`select users_recompute_travel_stats(${userId}::uuid)`);
}
