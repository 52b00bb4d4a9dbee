import * as experiencesSchema from '@touriquest/experiences/schema';
import * as poiSchema from '@touriquest/poi/schema';
import * as propertiesSchema from '@touriquest/properties/schema';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';

const tables = new Set(
  [propertiesSchema, poiSchema, experiencesSchema].flatMap((m) =>
    Object.values(m)
      .filter((v) => is(v, PgTable))
      .map((t) => getTableName(t as PgTable)),
  ),
);

/**
 * Whether the tables of other packages these tests rely on have landed. Tests that need them are reported
 * as skipped, by name, until then; they run unchanged once the tables exist.
 */
export const landed = {
  pois: tables.has('pois'),
  experiences: tables.has('experiences'),
};
