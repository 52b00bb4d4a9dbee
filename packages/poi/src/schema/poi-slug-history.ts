import { id, timestamptz } from '@touriquest/core';
import { relations } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { pois } from './pois';

/**
 * Slugs a POI used to have, written by a trigger when `pois.slug` changes, so old links keep resolving
 * (`findPoiBySlug`). A retired slug stays reserved for its POI (`pois_slug_reserved_check`).
 */
export const poiSlugHistory = pgTable(
  'poi_slug_history',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    retiredAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('poi_slug_history_slug_key').on(t.slug),
    index('poi_slug_history_poi_id_idx').on(t.poiId),
  ],
);

export type PoiSlugHistory = typeof poiSlugHistory.$inferSelect;

export const poiSlugHistoryRelations = relations(poiSlugHistory, ({ one }) => ({
  poi: one(pois, { fields: [poiSlugHistory.poiId], references: [pois.id] }),
}));
