import { type Db, geoPointSchema, queryOne } from '@touriquest/core';
import { and, asc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Poi, poiCategories, poiSlugHistory, pois } from '../schema';

/** Ids of a category and all its descendants: `path <@ (its path)`, served by poi_categories_path_idx. */
export function categorySubtreeIds(db: Db, categoryId: string) {
  return db
    .select({ id: poiCategories.id })
    .from(poiCategories)
    .where(sql`${poiCategories.path} <@ (select c.path from poi_categories c where c.id = ${categoryId})`);
}

/** Live POIs in a category or any of its descendants, by name — one query. */
export function poisInCategoryTree(db: Db, categoryId: string) {
  return db
    .select()
    .from(pois)
    .where(and(inArray(pois.categoryId, categorySubtreeIds(db, categoryId)), isNull(pois.deletedAt)))
    .orderBy(asc(pois.name), asc(pois.id));
}

export const poisNearSchema = z
  .object({
    lon: z.number(),
    lat: z.number(),
    radiusKm: z.number().positive().max(1000),
    categoryId: z.uuid().optional(),
    /** default: only active POIs; pass false to include drafts/closed (back office) */
    activeOnly: z.boolean().default(true),
    limit: z.number().int().min(1).max(200).default(20),
  })
  .refine((n) => geoPointSchema.safeParse(n).success, 'coordinates out of range');

export type PoisNear = z.input<typeof poisNearSchema>;
export type PoiNearHit = Poi & { distanceM: number };

const poiColumns = getTableColumns(pois);

/**
 * Access path 1: live POIs within `radiusKm` of a point, nearest first, optionally in a category subtree.
 * ST_DWithin and `<->` both run on `location::geography`, the expression `pois_location_idx` is built on.
 */
export function poisNearQuery(db: Db, params: PoisNear) {
  const s = poisNearSchema.parse(params);
  const point = sql`st_setsrid(st_makepoint(${s.lon}, ${s.lat}), 4326)::geography`;
  const geo = sql`(${pois.location}::geography)`;
  const where: (SQL | undefined)[] = [
    isNull(pois.deletedAt),
    s.activeOnly ? eq(pois.status, 'active') : undefined,
    sql`st_dwithin(${geo}, ${point}, ${s.radiusKm * 1000})`,
    s.categoryId ? inArray(pois.categoryId, categorySubtreeIds(db, s.categoryId)) : undefined,
  ];
  return db
    .select({ ...poiColumns, distanceM: sql<number>`st_distance(${geo}, ${point})`.mapWith(Number) })
    .from(pois)
    .where(and(...where))
    .orderBy(sql`${geo} <-> ${point}`, asc(pois.id))
    .limit(s.limit);
}

export async function poisNear(db: Db, params: PoisNear): Promise<PoiNearHit[]> {
  return poisNearQuery(db, params);
}

export interface PoiSlugLookup {
  poi: Poi;
  /** true when `slug` is a retired slug: answer with a permanent redirect to `poi.slug`. */
  redirected: boolean;
}

/** Resolve a POI URL's slug: the live POI that has it now, else the live POI that used to have it. */
export async function findPoiBySlug(db: Db, slug: string): Promise<PoiSlugLookup | undefined> {
  const [current] = await db
    .select()
    .from(pois)
    .where(and(eq(pois.slug, slug), isNull(pois.deletedAt)))
    .limit(1);
  if (current) return { poi: current, redirected: false };
  const [old] = await db
    .select({ poi: pois })
    .from(poiSlugHistory)
    .innerJoin(pois, eq(pois.id, poiSlugHistory.poiId))
    .where(and(eq(poiSlugHistory.slug, slug), isNull(pois.deletedAt)))
    .limit(1);
  return old ? { poi: old.poi, redirected: true } : undefined;
}

/** Is the POI open at `at`, in its own time zone? (tq_poi_is_open: special dates, overnight hours.) */
export async function isPoiOpen(db: Db, poiId: string, at: Date): Promise<boolean> {
  const row = await queryOne<{ open: boolean }>(
    db,
    sql`select tq_poi_is_open(${poiId}::uuid, ${at.toISOString()}::timestamptz) as open`,
  );
  return row?.open === true;
}
