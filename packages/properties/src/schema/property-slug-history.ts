import { id, timestamptz } from '@touriquest/core';
import { relations } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { properties } from './properties';

/**
 * Slugs a listing used to have, written by a trigger when `properties.slug` changes, so old links keep
 * resolving (`findPropertyBySlug`). A retired slug stays reserved for its listing: no other listing can
 * take it (`properties_slug_reserved_check`), or old links would silently lead to someone else's place.
 */
export const propertySlugHistory = pgTable(
  'property_slug_history',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    retiredAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('property_slug_history_slug_key').on(t.slug),
    index('property_slug_history_property_id_idx').on(t.propertyId),
  ],
);

export type PropertySlugHistory = typeof propertySlugHistory.$inferSelect;

export const propertySlugHistoryRelations = relations(propertySlugHistory, ({ one }) => ({
  property: one(properties, { fields: [propertySlugHistory.propertyId], references: [properties.id] }),
}));
