import type { Db } from '@touriquest/core';
import { and, asc, eq, getTableColumns, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { experienceSchedules, experiences } from '../schema';
import { type OpenSchedulesNear, openSchedulesNearSchema } from '../validation';

const scheduleColumns = getTableColumns(experienceSchedules);

/**
 * Access path 4: open schedules of live, active experiences starting in [from, to), with at least `minSeats`
 * free seats, optionally within `radiusKm` of a point; soonest first. The window is served by
 * experience_schedules_open_starts_at_idx, the radius by experiences_location_idx (on location::geography).
 */
export function openSchedulesNearQuery(db: Db, params: OpenSchedulesNear) {
  const p = openSchedulesNearSchema.parse(params);
  const geo = sql`(${experiences.location}::geography)`;
  const point = p.near
    ? sql`st_setsrid(st_makepoint(${p.near.lon}, ${p.near.lat}), 4326)::geography`
    : undefined;
  const where: (SQL | undefined)[] = [
    eq(experienceSchedules.status, 'open'),
    gte(experienceSchedules.startsAt, p.from),
    lt(experienceSchedules.startsAt, p.to),
    sql`${experienceSchedules.capacity} - ${experienceSchedules.seatsBooked} >= ${p.minSeats}`,
    eq(experiences.status, 'active'),
    isNull(experiences.deletedAt),
    p.near && point ? sql`st_dwithin(${geo}, ${point}, ${p.near.radiusKm * 1000})` : undefined,
  ];
  return db
    .select({
      ...scheduleColumns,
      experienceTitle: experiences.title,
      experienceSlug: experiences.slug,
      freeSeats: sql<number>`${experienceSchedules.capacity} - ${experienceSchedules.seatsBooked}`.mapWith(
        Number,
      ),
      distanceM: point
        ? sql<number | null>`st_distance(${geo}, ${point})`.mapWith(Number)
        : sql<number | null>`null::float8`,
    })
    .from(experienceSchedules)
    .innerJoin(experiences, eq(experiences.id, experienceSchedules.experienceId))
    .where(and(...where))
    .orderBy(asc(experienceSchedules.startsAt), asc(experienceSchedules.id))
    .limit(p.limit);
}

export async function openSchedulesNear(db: Db, params: OpenSchedulesNear) {
  return openSchedulesNearQuery(db, params);
}
