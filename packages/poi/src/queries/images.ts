import type { Db } from '@touriquest/core';
import { and, asc, eq } from 'drizzle-orm';
import { poiImages } from '../schema/poi-images';

/** Make `imageId` the POI's cover: clear the old cover first (the unique index is checked row by row). */
export async function setPoiCoverImage(db: Db, poiId: string, imageId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(poiImages)
      .set({ isCover: false })
      .where(and(eq(poiImages.poiId, poiId), eq(poiImages.isCover, true)));
    const set = await tx
      .update(poiImages)
      .set({ isCover: true })
      .where(and(eq(poiImages.poiId, poiId), eq(poiImages.id, imageId)))
      .returning({ id: poiImages.id });
    if (set.length === 0) throw new Error(`image ${imageId} does not belong to POI ${poiId}`);
  });
}

/** The gallery in display order. */
export function listPoiImages(db: Db, poiId: string) {
  return db
    .select()
    .from(poiImages)
    .where(eq(poiImages.poiId, poiId))
    .orderBy(asc(poiImages.sortOrder), asc(poiImages.createdAt), asc(poiImages.id));
}
