import { describeEngines, expectRule, makeMedia, refusedByBoth } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertPoiArExperienceSchema,
  insertPoiAudioGuideSchema,
  listPoiImages,
  poiArExperiences,
  poiAudioGuides,
  poiImages,
  setPoiCoverImage,
} from '../src';
import { makePoi } from './fixtures';

describeEngines('poi media', (ctx) => {
  it('allows at most one cover image per POI', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx);
      const [a, b] = await tx
        .insert(poiImages)
        .values([
          { poiId: p.id, mediaId: await makeMedia(tx), isCover: true, sortOrder: 1 },
          { poiId: p.id, mediaId: await makeMedia(tx), sortOrder: 0 },
        ])
        .returning();
      await expectRule(tx, 'poi_images_cover_key', (sp) =>
        sp.insert(poiImages).values({ poiId: p.id, mediaId: a!.mediaId, isCover: true }),
      );
      await setPoiCoverImage(tx, p.id, b!.id);
      const gallery = await listPoiImages(tx, p.id);
      expect(gallery.map((i) => [i.id, i.isCover])).toEqual([
        [b!.id, true],
        [a!.id, false],
      ]);
      // Another POI has its own cover.
      const q = await makePoi(tx);
      await tx.insert(poiImages).values({ poiId: q.id, mediaId: a!.mediaId, isCover: true });
      // A gallery holds images only (the same trigger guards property, experience and review photos).
      const clip = await makeMedia(tx, 'audio/mpeg');
      await expectRule(tx, 'poi_images_media_kind_check', (sp) =>
        sp.insert(poiImages).values({ poiId: q.id, mediaId: clip, sortOrder: 2 }),
      );
    }));

  it('keeps one audio guide per language with a positive duration', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx);
      const mediaId = await makeMedia(tx, 'audio/mpeg');
      const guide = { poiId: p.id, locale: 'fr', title: 'Visite guidée', mediaId, durationSeconds: 300 };
      // A photo is no audio guide.
      const photo = await makeMedia(tx);
      await expectRule(tx, 'poi_audio_guides_media_kind_check', (sp) =>
        sp.insert(poiAudioGuides).values({ ...guide, mediaId: photo }),
      );
      await tx.insert(poiAudioGuides).values(guide);
      await expectRule(tx, 'poi_audio_guides_poi_id_locale_key', (sp) =>
        sp.insert(poiAudioGuides).values(guide),
      );
      const bad = { ...guide, locale: 'en', durationSeconds: 0 };
      await refusedByBoth(
        tx,
        insertPoiAudioGuideSchema,
        bad,
        'poi_audio_guides_duration_seconds_check',
        (sp) => sp.insert(poiAudioGuides).values(bad),
      );
    }));

  it('checks AR platforms, semantic app versions and anchor coordinates', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx);
      const assetMediaId = await makeMedia(tx);
      const base = {
        poiId: p.id,
        kind: 'reconstruction' as const,
        title: 'The minaret in 1150',
        assetMediaId,
      };
      const [ok] = await tx
        .insert(poiArExperiences)
        .values({
          ...base,
          platforms: ['ios', 'web'],
          minAppVersion: '2.4.0',
          anchorLocation: { lon: -7.99, lat: 31.62 },
        })
        .returning();
      expect(ok!.anchorLocation).toEqual({ lon: -7.99, lat: 31.62 });
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, platforms: ['ios', 'windows'] }, 'poi_ar_experiences_platforms_check'],
        [{ ...base, platforms: [] }, 'poi_ar_experiences_platforms_check'],
        [{ ...base, minAppVersion: '2.4' }, 'poi_ar_experiences_min_app_version_check'],
      ];
      for (const [row, rule] of cases) {
        await refusedByBoth(tx, insertPoiArExperienceSchema, row, rule, (sp) =>
          sp.insert(poiArExperiences).values(row as typeof poiArExperiences.$inferInsert),
        );
      }
      // An anchor at lat 95: zod refuses it, and so does the database given raw SQL.
      expect(
        insertPoiArExperienceSchema.safeParse({ ...base, anchorLocation: { lon: 10, lat: 95 } }).success,
      ).toBe(false);
      await expectRule(tx, 'poi_ar_experiences_anchor_location_range_check', (sp) =>
        sp.execute(sql`insert into poi_ar_experiences (poi_id, kind, title, asset_media_id, anchor_location, platforms)
          values (${p.id}, 'overlay', 'x', ${assetMediaId}, 'SRID=4326;POINT(10 95)', '{ios}')`),
      );
    }));
});
