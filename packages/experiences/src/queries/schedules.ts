import { type Db, geoPointSchema } from '@touriquest/core';
import { and, asc, eq, getTableColumns, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  type Experience,
  experienceCategories,
  experienceSchedules,
  experienceSlugHistory,
  experiences,
} from '../schema';

/** Ids of a category and all its descendants: `path <@ (its path)`, served by experience_categories_path_idx. */
export function categorySubtreeIds(db: Db, categoryId: string) {
  return db
    .select({ id: experienceCategories.id })
    .from(experienceCategories)
    .where(
      sql`${experienceCategories.path} <@ (select c.path from experience_categories c where c.id = ${categoryId})`,
    );
}

/** Live experiences in a category or any of its descendants, by title — one query. */
export function experiencesInCategoryTree(db: Db, categoryId: string) {
  return db
    .select()
    .from(experiences)
    .where(
      and(inArray(experiences.categoryId, categorySubtreeIds(db, categoryId)), isNull(experiences.deletedAt)),
    )
    .orderBy(asc(experiences.title), asc(experiences.id));
}

export interface ExperienceSlugLookup {
  experience: Experience;
  /** true when `slug` is a retired slug: answer with a permanent redirect to `experience.slug`. */
  redirected: boolean;
}

/** Resolve an experience URL's slug: the live experience that has it now, else the one that used to. */
export async function findExperienceBySlug(db: Db, slug: string): Promise<ExperienceSlugLookup | undefined> {
  const [current] = await db
    .select()
    .from(experiences)
    .where(and(eq(experiences.slug, slug), isNull(experiences.deletedAt)))
    .limit(1);
  if (current) return { experience: current, redirected: false };
  const [old] = await db
    .select({ experience: experiences })
    .from(experienceSlugHistory)
    .innerJoin(experiences, eq(experiences.id, experienceSlugHistory.experienceId))
    .where(and(eq(experienceSlugHistory.slug, slug), isNull(experiences.deletedAt)))
    .limit(1);
  return old ? { experience: old.experience, redirected: true } : undefined;
}

export const openSchedulesNearSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    near: z
      .object({ lon: z.number(), lat: z.number(), radiusKm: z.number().positive().max(1000) })
      .refine((n) => geoPointSchema.safeParse(n).success, 'coordinates out of range')
      .optional(),
    minSeats: z.number().int().min(1).default(1),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((p) => p.to > p.from, { message: 'the window must end after it starts', path: ['to'] });

export type OpenSchedulesNear = z.input<typeof openSchedulesNearSchema>;

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
