import type { Db } from '@touriquest/core';
import { and, asc, eq } from 'drizzle-orm';
import { propertyImages } from '../schema/property-images';

/**
 * Make `imageId` the property's cover. Two statements, because a unique index is checked row by row: one
 * UPDATE flipping both rows could meet the new cover before the old one is cleared.
 */
export async function setCoverImage(db: Db, propertyId: string, imageId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(propertyImages)
      .set({ isCover: false })
      .where(and(eq(propertyImages.propertyId, propertyId), eq(propertyImages.isCover, true)));
    const set = await tx
      .update(propertyImages)
      .set({ isCover: true })
      .where(and(eq(propertyImages.propertyId, propertyId), eq(propertyImages.id, imageId)))
      .returning({ id: propertyImages.id });
    if (set.length === 0) throw new Error(`image ${imageId} does not belong to property ${propertyId}`);
  });
}

/** The gallery in display order. */
export function listPropertyImages(db: Db, propertyId: string) {
  return db
    .select()
    .from(propertyImages)
    .where(eq(propertyImages.propertyId, propertyId))
    .orderBy(asc(propertyImages.sortOrder), asc(propertyImages.createdAt), asc(propertyImages.id));
}
