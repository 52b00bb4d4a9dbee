import { mediaFiles } from '@touriquest/content/schema';
import {
  audit,
  geometryPoint4326,
  id,
  metadata,
  mixinConstraints,
  timestamps,
  trimmed,
} from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { arExperienceKindEnum } from './enums';
import { pois } from './pois';

/** Augmented-reality content shown at (or anchored near) a POI. */
export const poiArExperiences = pgTable(
  'poi_ar_experiences',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    kind: arExperienceKindEnum().notNull(),
    title: text().notNull(),
    description: text(),
    assetMediaId: uuid().notNull(),
    /** Where the scene is anchored; null = at the POI's own location. */
    anchorLocation: geometryPoint4326(),
    platforms: text()
      .array()
      .notNull()
      .$defaultFn(() => ['ios', 'android']),
    minAppVersion: text(),
    ...metadata(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    ...mixinConstraints.metadata('poi_ar_experiences', t),
    // The default name (…_asset_media_id_media_files_id_fk) is 54 bytes: fine, but named explicitly.
    foreignKey({
      name: 'poi_ar_experiences_asset_media_id_fk',
      columns: [t.assetMediaId],
      foreignColumns: [mediaFiles.id],
    }).onDelete('restrict'),
    index('poi_ar_experiences_poi_id_idx').on(t.poiId),
    index('poi_ar_experiences_asset_media_id_idx').on(t.assetMediaId),
    check('poi_ar_experiences_title_check', sql`length(${trimmed(t.title)}) between 1 and 200`),
    check(
      'poi_ar_experiences_platforms_check',
      sql`cardinality(${t.platforms}) >= 1 and ${t.platforms} <@ array['ios', 'android', 'web']::text[]`,
    ),
    check(
      'poi_ar_experiences_min_app_version_check',
      sql`${t.minAppVersion} ~ '^(0|[1-9][0-9]*)[.](0|[1-9][0-9]*)[.](0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$'`,
    ),
    check(
      'poi_ar_experiences_anchor_location_range_check',
      sql`st_x(${t.anchorLocation}) between -180 and 180 and st_y(${t.anchorLocation}) between -90 and 90`,
    ),
  ],
);

export type PoiArExperience = typeof poiArExperiences.$inferSelect;
export type NewPoiArExperience = typeof poiArExperiences.$inferInsert;

export const poiArExperiencesRelations = relations(poiArExperiences, ({ one }) => ({
  poi: one(pois, { fields: [poiArExperiences.poiId], references: [pois.id] }),
  asset: one(mediaFiles, { fields: [poiArExperiences.assetMediaId], references: [mediaFiles.id] }),
}));
