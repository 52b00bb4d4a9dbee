import { audit, id, ownedBy, privateRowPolicies, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { wishlistVisibilityEnum } from './enums';
import { wishlistItems } from './wishlist-items';

/**
 * A user's saved listings. A shared or public list has an unguessable `share_token` (filled by a trigger
 * when the list stops being private, cleared when it becomes private again: the link is revoked).
 */
export const wishlists = pgTable(
  'wishlists',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    visibility: wishlistVisibilityEnum().notNull().default('private'),
    shareToken: text(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    index('wishlists_user_idx').on(t.userId),
    uniqueIndex('wishlists_share_token_key').on(t.shareToken).where(sql`${t.shareToken} is not null`),
    check('wishlists_name_check', sql`length(${t.name}) between 1 and 120`),
    check(
      'wishlists_share_token_check',
      sql`(${t.visibility} = 'private' and ${t.shareToken} is null) or (${t.visibility} <> 'private' and length(${t.shareToken}) >= 22)`,
    ),
    // Shared and public lists are readable by anyone who has them; only the owner changes one.
    ...privateRowPolicies('wishlists', ownedBy(t.userId), {
      read: sql`${t.visibility} <> 'private' or ${ownedBy(t.userId)}`,
    }),
  ],
);

export type Wishlist = typeof wishlists.$inferSelect;
export type NewWishlist = typeof wishlists.$inferInsert;

export const wishlistsRelations = relations(wishlists, ({ one, many }) => ({
  user: one(users, { fields: [wishlists.userId], references: [users.id] }),
  items: many(wishlistItems),
}));
