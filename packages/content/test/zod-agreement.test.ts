import { makeUser, uniq } from '@touriquest/testing';
import { describeZodAgreement } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import {
  contentAnalytics,
  contentModeration,
  contentRecommendations,
  contentTemplates,
  contentVersions,
  mediaFiles,
  searchIndex,
  searchWords,
  translations,
} from '../src/schema';
import {
  insertContentAnalyticsSchema,
  insertContentModerationSchema,
  insertContentRecommendationSchema,
  insertContentTemplateSchema,
  insertContentVersionSchema,
  insertMediaFileSchema,
  insertSearchIndexSchema,
  insertSearchWordSchema,
  insertTranslationSchema,
} from '../src/validation';

// Polymorphic targets (entity_type/entity_id) carry no foreign key: any uuid is a single-row-valid target.
const entityId = '01890a5d-ac96-774b-bcce-b302099a8057';
const otherId = '01890a5d-ac96-774b-bcce-b302099a8058';

describeZodAgreement('@touriquest/content', schemaExports, [
  {
    table: mediaFiles,
    schema: insertMediaFileSchema,
    validRow: async (tx) => ({
      ownerId: (await makeUser(tx)).id,
      storageKey: `uploads/${uniq('m')}.jpg`,
      mimeType: 'image/jpeg',
      sizeBytes: 1024,
    }),
    hints: {
      storageKey: { extra: ['a', 'uploads/a b.jpg', 'x'.repeat(1024), 'x'.repeat(1025)] },
      mimeType: { extra: ['image/svg+xml', 'IMAGE/JPEG', 'image/', 'video/mp4'] },
      checksumSha256: { extra: ['a'.repeat(64), 'A'.repeat(64), 'a'.repeat(63)] },
    },
  },
  {
    table: searchIndex,
    schema: insertSearchIndexSchema,
    validRow: async () => ({ entityType: 'property', entityId, locale: 'fr', title: 'Riad' }),
  },
  {
    table: searchWords,
    schema: insertSearchWordSchema,
    validRow: async () => ({ word: uniq('w') }),
    hints: { word: { extra: ['', 'a', 'x'.repeat(200), 'x'.repeat(201)] } },
  },
  {
    table: contentTemplates,
    schema: insertContentTemplateSchema,
    validRow: async () => ({
      key: 'booking.confirmed',
      locale: 'en',
      channel: 'email',
      subject: 'Your stay {{ref}}',
      body: 'Hello {{firstName}}',
      variables: ['ref', 'firstName'],
    }),
    hints: {
      body: { extra: ['Hello {{unknown}}', 'Hello {{ firstName }}', 'Hello {{'] },
      variables: { extra: [['firstName'], ['ref', 'firstName', 'extra'], ['First']] },
    },
  },
  {
    table: contentVersions,
    schema: insertContentVersionSchema,
    validRow: async () => ({ entityType: 'property', entityId, snapshot: { title: 'Riad' } }),
  },
  {
    table: contentModeration,
    schema: insertContentModerationSchema,
    validRow: async () => ({ entityType: 'review', entityId }),
    hints: { decidedAt: { extra: [new Date()] } },
  },
  {
    table: translations,
    schema: insertTranslationSchema,
    validRow: async () => ({ entityType: 'property', entityId, field: 'title', locale: 'fr', value: 'Riad' }),
  },
  {
    table: contentAnalytics,
    schema: insertContentAnalyticsSchema,
    validRow: async () => ({ entityType: 'property', entityId, day: '2026-11-30', views: 3 }),
  },
  {
    table: contentRecommendations,
    schema: insertContentRecommendationSchema,
    validRow: async () => ({
      sourceType: 'property',
      sourceId: entityId,
      targetType: 'property',
      targetId: otherId,
      score: 0.5,
      algorithm: 'co_views.v2',
    }),
    hints: { targetId: { extra: [entityId] } },
  },
]);
