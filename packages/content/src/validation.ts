import {
  countryCodeSchema,
  geoPointSchema,
  largeJsonObjectSchema,
  localeSchema,
  metadataSchema,
  realSchema,
  searchTextSchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import {
  MIME_TYPE_PATTERN,
  SHA256_HEX_PATTERN,
  searchEntityTypes,
  TEMPLATE_KEY_PATTERN,
  TEMPLATE_VARIABLE_PATTERN,
} from './constants';
import { usesOnlyDeclaredVariables } from './queries/templates';
import { contentAnalytics } from './schema/content-analytics';
import { contentModeration } from './schema/content-moderation';
import { contentRecommendations } from './schema/content-recommendations';
import { contentTemplates } from './schema/content-templates';
import { contentVersions } from './schema/content-versions';
import { mediaFiles } from './schema/media-files';
import { searchIndex } from './schema/search-index';
import { searchWords } from './schema/search-words';
import { translations } from './schema/translations';

// Refinements are callbacks so drizzle-zod keeps each column's optional/nullable rules.
const stamps = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;
const softStamps = { ...stamps, deletedAt: true, deletedBy: true } as const;
const positiveInt = (s: z.ZodNumber) => s.int().positive();

// media_files
const mediaRefinements = {
  storageKey: (s: z.ZodString) =>
    s
      .min(1, 'a storage key cannot be empty')
      .max(1024, 'a storage key is at most 1024 characters')
      .refine((k) => k.trim() === k, 'a storage key has no white space around it'),
  mimeType: (s: z.ZodString) => s.regex(MIME_TYPE_PATTERN, 'mime type must look like image/jpeg'),
  sizeBytes: (s: z.ZodNumber) => s.int().positive('a media file must have a positive size'),
  width: positiveInt,
  height: positiveInt,
  durationSeconds: positiveInt,
  checksumSha256: (s: z.ZodString) => s.regex(SHA256_HEX_PATTERN, 'checksum must be a sha256 hex digest'),
  variants: () => metadataSchema,
};
export const insertMediaFileSchema = createInsertSchema(mediaFiles, mediaRefinements).omit(softStamps);
export const updateMediaFileSchema = createUpdateSchema(mediaFiles, mediaRefinements).omit(stamps);
export const selectMediaFileSchema = createSelectSchema(mediaFiles);

// search_index: written by the listings' triggers; the schema serves callers that write documents directly.
const searchRefinements = {
  locale: () => localeSchema,
  countryCode: () => countryCodeSchema,
  boost: () => realSchema().positive('boost must be positive'),
  location: () => geoPointSchema,
};
const searchOmit = { id: true, updatedAt: true, searchConfig: true } as const;
export const insertSearchIndexSchema = createInsertSchema(searchIndex, searchRefinements).omit(searchOmit);
export const updateSearchIndexSchema = createUpdateSchema(searchIndex, searchRefinements).omit(searchOmit);
export const selectSearchIndexSchema = createSelectSchema(searchIndex, {
  location: () => geoPointSchema.nullable(),
  searchConfig: () => z.string(),
  searchVector: () => z.string().nullable(),
});

// search_words: written by search_index's triggers; the schema says what the table accepts.
export const insertSearchWordSchema = createInsertSchema(searchWords, {
  word: (s) =>
    s.min(1, 'a dictionary word is 1 to 200 characters').max(200, 'a dictionary word is 1 to 200 characters'),
});

// content_templates
const variableSchema = z
  .string()
  .regex(TEMPLATE_VARIABLE_PATTERN, 'template variables must be identifiers such as firstName');
const templateRefinements = {
  key: (s: z.ZodString) =>
    s.regex(TEMPLATE_KEY_PATTERN, 'template key must be 2-100 characters of a-z, 0-9, _, . or -'),
  locale: () => localeSchema,
  body: (s: z.ZodString) => s.refine((v) => v.trim() !== '', 'a template needs a body'),
  variables: () => z.array(variableSchema),
};
const declaredRule = {
  message: 'the template uses a {{variable}} that is not declared',
  path: ['body'],
};
const subjectRule = { message: 'email and push templates need a subject', path: ['subject'] };
const needsSubject = (v: { channel?: string; subject?: string | null }) =>
  !(v.channel === 'email' || v.channel === 'push') || (v.subject ?? '').trim() !== '';
export const insertContentTemplateSchema = createInsertSchema(contentTemplates, templateRefinements)
  .omit(softStamps)
  .refine((v) => usesOnlyDeclaredVariables({ ...v, variables: v.variables ?? [] }), declaredRule)
  .refine(needsSubject, subjectRule);
/** Partial updates: the cross-field rules need the stored row too, so the database's checks decide them. */
export const updateContentTemplateSchema = createUpdateSchema(contentTemplates, templateRefinements).omit(
  stamps,
);
export const selectContentTemplateSchema = createSelectSchema(contentTemplates);

// content_versions: the version is assigned by the database when left out.
const versionRefinements = {
  version: (s: z.ZodNumber) => s.int().positive('versions are numbered from 1'),
  snapshot: () => largeJsonObjectSchema,
};
export const insertContentVersionSchema = createInsertSchema(contentVersions, versionRefinements)
  .omit({ id: true, createdAt: true })
  .extend({
    // null, like leaving it out, lets the database number the version (content_versions_number_trg).
    version: z
      .number()
      .int()
      .positive('versions are numbered from 1')
      .max(2_147_483_647)
      .nullish()
      .transform((v) => v ?? undefined),
  });
export const selectContentVersionSchema = createSelectSchema(contentVersions);

// content_moderation
const decided = (status: string | undefined) => status === 'approved' || status === 'rejected';
const moderationRefinements = {
  autoScore: () => realSchema().min(0).max(1),
  autoFlags: () => z.array(z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'automatic flags are lower-case tags')),
};
const decidedRule = {
  message: 'decided_at is set exactly when a case is approved or rejected',
  path: ['decidedAt'],
};
export const insertContentModerationSchema = createInsertSchema(contentModeration, moderationRefinements)
  .omit(stamps)
  .refine((v) => decided(v.status ?? 'pending') === (v.decidedAt != null), decidedRule);
export const updateContentModerationSchema = createUpdateSchema(contentModeration, moderationRefinements)
  .omit(stamps)
  .refine((v) => v.status === undefined || decided(v.status) === (v.decidedAt != null), decidedRule);
export const selectContentModerationSchema = createSelectSchema(contentModeration);

// translations
const translationRefinements = {
  field: (s: z.ZodString) => s.regex(/^[a-z][a-z0-9_]{0,62}$/, 'field must be a snake_case column name'),
  locale: () => localeSchema,
};
const translationOmit = { ...stamps, searchConfig: true } as const;
export const insertTranslationSchema = createInsertSchema(translations, translationRefinements).omit(
  translationOmit,
);
export const updateTranslationSchema = createUpdateSchema(translations, translationRefinements).omit(
  translationOmit,
);
export const selectTranslationSchema = createSelectSchema(translations, {
  searchConfig: () => z.string(),
  searchVector: () => z.string().nullable(),
});

// content_analytics
const counter = (s: z.ZodNumber) => s.int().min(0, 'analytics counters cannot be negative');
const analyticsRefinements = {
  day: () => z.iso.date(),
  views: counter,
  clicks: counter,
  shares: counter,
  bookings: counter,
};
export const insertContentAnalyticsSchema = createInsertSchema(contentAnalytics, analyticsRefinements).omit({
  id: true,
  updatedAt: true,
});
export const updateContentAnalyticsSchema = createUpdateSchema(contentAnalytics, analyticsRefinements).omit({
  id: true,
  updatedAt: true,
});
export const selectContentAnalyticsSchema = createSelectSchema(contentAnalytics);

// content_recommendations
const recommendationRefinements = {
  score: () => realSchema().min(0).max(1),
  algorithm: (s: z.ZodString) =>
    s.regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'algorithm must be a lower-case name such as co_views.v2'),
};
const notSelfRule = { message: 'an entity cannot be recommended as related to itself', path: ['targetId'] };
export const insertContentRecommendationSchema = createInsertSchema(
  contentRecommendations,
  recommendationRefinements,
)
  .omit({ id: true, createdAt: true, updatedAt: true })
  .refine((v) => !(v.sourceType === v.targetType && v.sourceId === v.targetId), notSelfRule);
export const updateContentRecommendationSchema = createUpdateSchema(
  contentRecommendations,
  recommendationRefinements,
).omit({ id: true, createdAt: true, updatedAt: true });
export const selectContentRecommendationSchema = createSelectSchema(contentRecommendations);

// Search input (searchListings, fuzzySearchListings): bounded text (core's limits.ts), so one request cannot
// make the database parse and rank megabytes of query.
const searchScope = {
  entityTypes: z.array(z.enum(searchEntityTypes)).max(searchEntityTypes.length).optional(),
  limit: z.number().int().min(1).max(100).optional(),
};
export const searchListingsInput = z.object({
  query: searchTextSchema('a search'),
  locale: localeSchema,
  near: z
    .object({ lon: z.number(), lat: z.number(), radiusKm: z.number().positive().max(1000) })
    .refine((n) => geoPointSchema.safeParse(n).success, 'coordinates out of range')
    .optional(),
  ...searchScope,
});
export const fuzzySearchInput = z.object({
  name: searchTextSchema('a name to search'),
  locale: localeSchema.optional(),
  ...searchScope,
});
