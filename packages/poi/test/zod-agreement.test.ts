import { makeMedia, type TestDb } from '@touriquest/testing';
import { currencyHint, describeZodAgreement, timezoneHint } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import {
  poiArExperiences,
  poiAudioGuides,
  poiCategories,
  poiImages,
  poiOpeningHours,
  poiSlugHistory,
  pois,
  poiTranslations,
} from '../src/schema';
import {
  insertPoiArExperienceSchema,
  insertPoiAudioGuideSchema,
  insertPoiCategorySchema,
  insertPoiImageSchema,
  insertPoiOpeningHoursSchema,
  insertPoiSchema,
  insertPoiTranslationSchema,
} from '../src/validation';
import { makeCategory, makePoi, poiInput } from './fixtures';

const poiId = async (tx: TestDb) => (await makePoi(tx)).id;

describeZodAgreement('@touriquest/poi', schemaExports, [
  {
    table: pois,
    schema: insertPoiSchema,
    validRow: async (tx) => poiInput((await makeCategory(tx)).id, { entryFeeMinor: 7_000, currency: 'MAD' }),
    hints: {
      currency: currencyHint,
      timezone: timezoneHint,
      website: { extra: ['https://example.com', 'http://x.y/a b', 'ftp://example.com', 'https://'] },
      phone: { extra: ['+212600000000', '212600000000', '+0123456789'] },
      tags: { extra: [['souk'], ['Souk'], ['a b']] },
    },
  },
  {
    table: poiCategories,
    schema: insertPoiCategorySchema,
    validRow: async () => ({ slug: 'gardens', name: 'Gardens' }),
    hints: { path: { fixed: 'kept by the category tree trigger from parent_id' } },
  },
  {
    table: poiImages,
    schema: insertPoiImageSchema,
    validRow: async (tx) => ({ poiId: await poiId(tx), mediaId: await makeMedia(tx), caption: 'Minaret' }),
  },
  {
    table: poiAudioGuides,
    schema: insertPoiAudioGuideSchema,
    validRow: async (tx) => ({
      poiId: await poiId(tx),
      locale: 'fr',
      title: 'La Koutoubia',
      mediaId: await makeMedia(tx, 'audio/mpeg'),
      durationSeconds: 300,
    }),
  },
  {
    table: poiArExperiences,
    schema: insertPoiArExperienceSchema,
    validRow: async (tx) => ({
      poiId: await poiId(tx),
      kind: 'overlay',
      title: 'The minaret in 1150',
      assetMediaId: await makeMedia(tx, 'model/gltf-binary'),
      minAppVersion: '2.4.0',
    }),
    hints: {
      platforms: { extra: [['ios'], ['web', 'android'], ['windows'], ['IOS']] },
      minAppVersion: { extra: ['1.0.0-beta.1', '1.0', '01.0.0', 'v1.0.0'] },
    },
  },
  {
    table: poiTranslations,
    schema: insertPoiTranslationSchema,
    validRow: async (tx) => ({ poiId: await poiId(tx), locale: 'fr', name: 'Mosquée Koutoubia' }),
  },
  {
    table: poiOpeningHours,
    schema: insertPoiOpeningHoursSchema,
    validRow: async (tx) => ({ poiId: await poiId(tx), dayOfWeek: 1, opensAt: '09:00', closesAt: '18:00' }),
    hints: { specialDate: { extra: ['2027-01-01'] }, validFrom: { extra: ['2027-01-01'] } },
  },
  { table: poiSlugHistory, exempt: 'written by the slug-change trigger only; no insert schema' },
]);
