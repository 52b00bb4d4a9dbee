import { describeEngines, expectRule } from '@touriquest/testing';
import { expect, it } from 'vitest';
import { insertWishlistItemSchema, socialPosts, wishlistItems, wishlists } from '../src';
import { makeUsers } from './fixtures';
import { landed } from './landed';

const missing = '01890000-0000-7000-8000-00000000dead';

describeEngines('references to listings', (ctx) => {
  it.skipIf(!landed.listings)(
    'refuses wishlist items and post tags that point at no listing (real foreign keys)',
    () =>
      ctx.rollback(async (tx) => {
        const [a] = await makeUsers(tx, 1);
        const [list] = await tx.insert(wishlists).values({ userId: a!.id, name: 'Morocco' }).returning();
        expect(insertWishlistItemSchema.safeParse({ wishlistId: list!.id, poiId: missing }).success).toBe(
          true,
        );
        await expectRule(tx, 'wishlist_items_property_id_properties_id_fk', (sp) =>
          sp.insert(wishlistItems).values({ wishlistId: list!.id, propertyId: missing }),
        );
        await expectRule(tx, 'wishlist_items_poi_id_pois_id_fk', (sp) =>
          sp.insert(wishlistItems).values({ wishlistId: list!.id, poiId: missing }),
        );
        await expectRule(tx, 'wishlist_items_experience_id_experiences_id_fk', (sp) =>
          sp.insert(wishlistItems).values({ wishlistId: list!.id, experienceId: missing }),
        );
        await expectRule(tx, 'social_posts_poi_id_pois_id_fk', (sp) =>
          sp.insert(socialPosts).values({ authorId: a!.id, body: 'x', poiId: missing }),
        );
        await expectRule(tx, 'social_posts_property_id_properties_id_fk', (sp) =>
          sp.insert(socialPosts).values({ authorId: a!.id, body: 'x', propertyId: missing }),
        );
      }),
  );
});
