import { currentActor, id, privateRowPolicies, timestamptz } from '@touriquest/core';
import { experiences } from '@touriquest/experiences/schema';
import { pois } from '@touriquest/poi/schema';
import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { wishlists } from './wishlists';

/**
 * A saved listing: an exclusive arc of real foreign keys (exactly one of property, POI, experience), so
 * every item points at a row that exists. One partial unique index per arm keeps an item once per list
 * and also serves the FK's cascade from the listing side.
 */
export const wishlistItems = pgTable(
  'wishlist_items',
  {
    ...id(),
    wishlistId: uuid()
      .notNull()
      .references(() => wishlists.id, { onDelete: 'cascade' }),
    propertyId: uuid().references(() => properties.id, { onDelete: 'cascade' }),
    poiId: uuid().references(() => pois.id, { onDelete: 'cascade' }),
    experienceId: uuid().references(() => experiences.id, { onDelete: 'cascade' }),
    note: text(),
    addedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    check(
      'wishlist_items_one_target_check',
      sql`num_nonnulls(${t.propertyId}, ${t.poiId}, ${t.experienceId}) = 1`,
    ),
    uniqueIndex('wishlist_items_property_key')
      .on(t.propertyId, t.wishlistId)
      .where(sql`${t.propertyId} is not null`),
    uniqueIndex('wishlist_items_poi_key').on(t.poiId, t.wishlistId).where(sql`${t.poiId} is not null`),
    uniqueIndex('wishlist_items_experience_key')
      .on(t.experienceId, t.wishlistId)
      .where(sql`${t.experienceId} is not null`),
    index('wishlist_items_wishlist_created_idx').on(t.wishlistId, t.createdAt),
    check('wishlist_items_note_check', sql`length(${t.note}) <= 1000`),
    // An item is as visible as its list (the subquery sees only wishlists this role may read).
    ...privateRowPolicies(
      'wishlist_items',
      sql`exists (select 1 from wishlists w where w.id = ${t.wishlistId} and w.user_id = ${currentActor})`,
      { read: sql`exists (select 1 from wishlists w where w.id = ${t.wishlistId})` },
    ),
    // Deleting a user finds their rows here (foreign key to users).
    index('wishlist_items_added_by_idx').on(t.addedBy).where(sql`${t.addedBy} is not null`),
  ],
);

export type WishlistItem = typeof wishlistItems.$inferSelect;
export type NewWishlistItem = typeof wishlistItems.$inferInsert;

export const wishlistItemsRelations = relations(wishlistItems, ({ one }) => ({
  wishlist: one(wishlists, { fields: [wishlistItems.wishlistId], references: [wishlists.id] }),
  property: one(properties, { fields: [wishlistItems.propertyId], references: [properties.id] }),
}));
