import { describeEngines, expectRule, makeDraftListings, withScratchDatabase } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { socialPosts, wishlistItems, wishlists } from '../src';

// Real listings of every kind, on a scratch database of each engine so the cascades can be committed.
describeEngines('exclusive arcs to listings', (ctx) => {
  it('keeps each item once per list, pointing at exactly one real listing', () =>
    withScratchDatabase(ctx.engine, async (db) => {
      const { user, property, poi, experience } = await makeDraftListings(db);
      const [list, other] = await db
        .insert(wishlists)
        .values([
          { userId: user.id, name: 'Morocco' },
          { userId: user.id, name: 'Later' },
        ])
        .returning();
      const missing = '01890000-0000-7000-8000-00000000dead';

      await db.insert(wishlistItems).values([
        { wishlistId: list!.id, propertyId: property.id },
        { wishlistId: list!.id, poiId: poi.id },
        { wishlistId: list!.id, experienceId: experience.id },
        { wishlistId: other!.id, propertyId: property.id },
      ]);
      await expectRule(db, 'wishlist_items_property_key', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, propertyId: property.id }),
      );
      await expectRule(db, 'wishlist_items_poi_key', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, poiId: poi.id }),
      );
      await expectRule(db, 'wishlist_items_experience_key', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, experienceId: experience.id }),
      );
      await expectRule(db, 'wishlist_items_property_id_properties_id_fk', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, propertyId: missing }),
      );
      await expectRule(db, 'wishlist_items_poi_id_pois_id_fk', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, poiId: missing }),
      );
      await expectRule(db, 'wishlist_items_experience_id_experiences_id_fk', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, experienceId: missing }),
      );
      await expectRule(db, 'social_posts_poi_id_pois_id_fk', (sp) =>
        sp.insert(socialPosts).values({ authorId: user.id, body: 'x', poiId: missing }),
      );

      // A post tags a place; removing the place keeps the post and drops the tag, and the list items go.
      const [post] = await db
        .insert(socialPosts)
        .values({ authorId: user.id, body: 'Majorelle', poiId: poi.id, propertyId: property.id })
        .returning();
      await db.execute(sql`delete from pois where id = ${poi.id}`);
      await db.execute(sql`delete from properties where id = ${property.id}`); // hard delete: the FK actions
      const [after] = await db.select().from(socialPosts).where(eq(socialPosts.id, post!.id));
      expect(after).toMatchObject({ poiId: null, propertyId: null });
      const left = await db.select().from(wishlistItems).where(eq(wishlistItems.wishlistId, list!.id));
      expect(left.map((i) => i.experienceId)).toEqual([experience.id]);
    }));
});
