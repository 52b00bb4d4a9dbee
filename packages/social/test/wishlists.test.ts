import { describeEngines, expectRule, makeUsers } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertWishlistItemSchema, insertWishlistSchema, wishlistItems, wishlists } from '../src';

describeEngines('wishlists', (ctx) => {
  it('gives shared and public lists a unique token and revokes it when the list goes private', () =>
    ctx.rollback(async (tx) => {
      const [a] = await makeUsers(tx, 1);
      const [priv] = await tx.insert(wishlists).values({ userId: a!.id, name: 'Someday' }).returning();
      expect(priv!.shareToken).toBeNull();
      const [shared] = await tx
        .insert(wishlists)
        .values({ userId: a!.id, name: 'Trip', visibility: 'shared' })
        .returning();
      expect(shared!.shareToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const [made] = await tx
        .update(wishlists)
        .set({ visibility: 'public' })
        .where(eq(wishlists.id, priv!.id))
        .returning();
      expect(made!.shareToken).not.toBe(shared!.shareToken);
      const [revoked] = await tx
        .update(wishlists)
        .set({ visibility: 'private' })
        .where(eq(wishlists.id, made!.id))
        .returning();
      expect(revoked!.shareToken).toBeNull();
      await expectRule(tx, 'wishlists_share_token_key', (sp) =>
        sp
          .insert(wishlists)
          .values({ userId: a!.id, name: 'Copy', visibility: 'public', shareToken: shared!.shareToken }),
      );
      expect(insertWishlistSchema.safeParse({ userId: a!.id, name: 'x', shareToken: 'short' }).success).toBe(
        false,
      );
      await expectRule(tx, 'wishlists_share_token_check', (sp) =>
        sp.insert(wishlists).values({ userId: a!.id, name: 'x', visibility: 'shared', shareToken: 'short' }),
      );
    }));

  it('refuses an item that names no listing or more than one, in zod and SQL', () =>
    ctx.rollback(async (tx) => {
      const [a] = await makeUsers(tx, 1);
      const [list] = await tx.insert(wishlists).values({ userId: a!.id, name: 'Morocco' }).returning();
      const someId = '01890000-0000-7000-8000-000000000001';
      expect(insertWishlistItemSchema.safeParse({ wishlistId: list!.id }).success).toBe(false);
      expect(
        insertWishlistItemSchema.safeParse({ wishlistId: list!.id, propertyId: someId, poiId: someId })
          .success,
      ).toBe(false);
      expect(insertWishlistItemSchema.safeParse({ wishlistId: list!.id, poiId: someId }).success).toBe(true);
      await expectRule(tx, 'wishlist_items_one_target_check', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id }),
      );
      await expectRule(tx, 'wishlist_items_one_target_check', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, propertyId: someId, experienceId: someId }),
      );
    }));
});
