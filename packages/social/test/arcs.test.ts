import { queryOne } from '@touriquest/core';
import {
  createScratchPglite,
  createScratchServerDatabase,
  describeEngines,
  expectRule,
  type TestDb,
} from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { socialLogic, socialPosts, wishlistItems, wishlists } from '../src';
import { makeExperience, makePoi, makeProperty, makeUsers } from './fixtures';
import { landed } from './landed';

// Real listings of every kind, on a scratch database of each engine so the cascades can be committed.
describeEngines('exclusive arcs to listings', (ctx) => {
  it('keeps each item once per list, pointing at exactly one real listing', async () => {
    const scratch =
      ctx.engine === 'pglite'
        ? await createScratchPglite()
        : await createScratchServerDatabase({ poolSize: 2 });
    const db = scratch.db as unknown as TestDb;
    try {
      const make = async (t: string) =>
        (await queryOne<{ id: string }>(
          db,
          sql`insert into ${sql.identifier(t)} default values returning id`,
        ))!.id;
      const [a] = await makeUsers(db, 1);
      const property = (await makeProperty(db, a!.id)).id;
      const [poi, experience] = [
        landed.pois ? (await makePoi(db)).id : await make('pois'),
        landed.experiences ? (await makeExperience(db, a!.id)).id : await make('experiences'),
      ];
      const [list, other] = await db
        .insert(wishlists)
        .values([
          { userId: a!.id, name: 'Morocco' },
          { userId: a!.id, name: 'Later' },
        ])
        .returning();
      const missing = '01890000-0000-7000-8000-00000000dead';

      await db.insert(wishlistItems).values([
        { wishlistId: list!.id, propertyId: property },
        { wishlistId: list!.id, poiId: poi },
        { wishlistId: list!.id, experienceId: experience },
        { wishlistId: other!.id, propertyId: property },
      ]);
      await expectRule(db, 'wishlist_items_property_key', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, propertyId: property }),
      );
      await expectRule(db, 'wishlist_items_poi_key', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, poiId: poi }),
      );
      await expectRule(db, 'wishlist_items_experience_key', (sp) =>
        sp.insert(wishlistItems).values({ wishlistId: list!.id, experienceId: experience }),
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
        sp.insert(socialPosts).values({ authorId: a!.id, body: 'x', poiId: missing }),
      );

      // A post tags a place; removing the place keeps the post and drops the tag, and the list items go.
      const [post] = await db
        .insert(socialPosts)
        .values({ authorId: a!.id, body: 'Majorelle', poiId: poi, propertyId: property })
        .returning();
      await db.execute(sql`delete from pois where id = ${poi}`);
      await db.execute(sql`delete from properties where id = ${property}`); // hard delete: the FK actions
      const [after] = await db.select().from(socialPosts).where(eq(socialPosts.id, post!.id));
      expect(after).toMatchObject({ poiId: null, propertyId: null });
      const left = await db.select().from(wishlistItems).where(eq(wishlistItems.wishlistId, list!.id));
      expect(left.map((i) => i.experienceId)).toEqual([experience]);
    } finally {
      if ('drop' in scratch) await (scratch as { drop(): Promise<void> }).drop();
      else await scratch.close();
    }
  });
});
