import { randomUUID } from 'node:crypto';
import { toRuleError } from '@touriquest/core';
import { describeEngines, expectRule, makeMedia, refusedByBoth } from '@touriquest/testing';
import { expect, it } from 'vitest';
import {
  insertPropertyImageSchema,
  listPropertyImages,
  propertiesRules,
  propertyImages,
  setCoverImage,
} from '../src';
import { makeProperty } from './fixtures';

describeEngines('property images', (ctx) => {
  it('allows at most one cover per property, and moves it with setCoverImage', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const q = await makeProperty(tx);
      const [a, b] = await tx
        .insert(propertyImages)
        .values([
          { propertyId: p.id, mediaId: await makeMedia(tx), sortOrder: 1, isCover: true },
          { propertyId: p.id, mediaId: await makeMedia(tx), sortOrder: 0 },
        ])
        .returning();
      // Another property has its own cover.
      await tx
        .insert(propertyImages)
        .values({ propertyId: q.id, mediaId: await makeMedia(tx), isCover: true });
      const media = await makeMedia(tx);
      const err = await expectRule(tx, 'property_images_cover_key', (sp) =>
        sp.insert(propertyImages).values({ propertyId: p.id, mediaId: media, isCover: true }),
      );
      expect(toRuleError(err.cause, propertiesRules)?.message).toContain('at most one cover');
      await setCoverImage(tx, p.id, b!.id);
      const gallery = await listPropertyImages(tx, p.id);
      expect(gallery.map((g) => [g.id, g.isCover])).toEqual([
        [b!.id, true],
        [a!.id, false],
      ]);
      await expect(setCoverImage(tx, q.id, a!.id)).rejects.toThrow(/does not belong/);
    }));

  it('refuses negative positions in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const row = { propertyId: p.id, mediaId: await makeMedia(tx), sortOrder: -1 };
      await refusedByBoth(tx, insertPropertyImageSchema, row, 'property_images_sort_order_check', (sp) =>
        sp.insert(propertyImages).values(row),
      );
    }));

  it('refers to a real content media file', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      await expectRule(tx, 'property_images_media_id_media_files_id_fk', (sp) =>
        sp.insert(propertyImages).values({ propertyId: p.id, mediaId: randomUUID() }),
      );
    }));
});
