import { type Db, preparedQuery } from '@touriquest/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Property, properties } from '../schema/properties';
import { propertyIdSchema } from '../validation';

/**
 * The live listing with this id (a soft-deleted one is not found, as with `findPropertyBySlug`). A prepared
 * statement: the lookup behind every listing page, booking and review. An id that is not a uuid is refused by
 * zod before it reaches the database (which would answer 22P02).
 */
export async function findPropertyById(db: Db, id: string): Promise<Property | undefined> {
  const query = preparedQuery(db, 'properties_by_id', (d) =>
    d
      .select()
      .from(properties)
      .where(and(eq(properties.id, sql.placeholder('id')), isNull(properties.deletedAt)))
      .limit(1)
      .prepare('properties_by_id'),
  );
  const [row] = await query.execute({ id: propertyIdSchema.parse(id) });
  return row;
}
