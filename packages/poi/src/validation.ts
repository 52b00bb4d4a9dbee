import {
  countryCodeSchema,
  currencyCodeSchema,
  e164PhoneSchema,
  endTimeOfDaySchema,
  geoPointSchema,
  ianaTimezoneSchema,
  localeSchema,
  metadataSchema,
  metaRefinements,
  slugSchema,
  timeOfDaySchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { arPlatforms } from './constants';
import {
  poiArExperiences,
  poiAudioGuides,
  poiCategories,
  poiImages,
  poiOpeningHours,
  pois,
  poiTranslations,
} from './schema';

const stamps = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;
const deleted = { deletedAt: true, deletedBy: true } as const;
const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;

const timezoneSchema = ianaTimezoneSchema('Asia/Tokyo');

const name200 = (s: z.ZodString) => s.trim().min(1, 'a name is 1-200 characters').max(200);
const meta = metaRefinements;

// ---- pois
const poiRefinements = {
  name: name200,
  slug: () => slugSchema,
  location: () => geoPointSchema,
  countryCode: () => countryCodeSchema,
  website: (s: z.ZodString) =>
    s.max(500).regex(/^https?:\/\/\S+$/, 'website must be an http(s) URL of at most 500 characters'),
  phone: () => e164PhoneSchema,
  priceLevel: (s: z.ZodNumber) => s.int().min(0, 'price level is 0 to 4').max(4, 'price level is 0 to 4'),
  entryFeeMinor: (s: z.ZodNumber) => s.int('amounts are integer minor units').min(0),
  currency: () => currencyCodeSchema,
  // Fresh z.number(): drizzle-zod bounds double precision at ±2^47, far below what the column holds.
  popularityScore: () => z.number().min(0, 'popularity cannot be negative'),
  timezone: () => timezoneSchema,
  defaultLocale: () => localeSchema,
  metadata: () => metadataSchema,
  ...meta,
};
// pois_entry_fee_currency_check
const feeRule = (p: { entryFeeMinor?: number | null; currency?: string | null }) =>
  p.entryFeeMinor == null || p.currency != null;
const feeMessage = { message: 'an entry fee needs its currency', path: ['currency'] };

export const insertPoiSchema = createInsertSchema(pois, poiRefinements)
  .omit({ ...stamps, ...deleted, ratingAvg: true, ratingCount: true, ratingSum: true })
  .refine(feeRule, feeMessage);
export const updatePoiSchema = createUpdateSchema(pois, poiRefinements).omit({
  ...stamps,
  ratingAvg: true,
  ratingCount: true,
  ratingSum: true,
});
export const selectPoiSchema = createSelectSchema(pois, { location: () => geoPointSchema });

// ---- poi_categories (path is the trigger's)
const categoryRefinements = {
  slug: () => slugSchema.max(100),
  name: (s: z.ZodString) => s.trim().min(1, 'a category name is 1-100 characters').max(100),
  metadata: () => metadataSchema,
};
export const insertPoiCategorySchema = createInsertSchema(poiCategories, categoryRefinements).omit({
  ...stamps,
  ...deleted,
  path: true,
});
export const updatePoiCategorySchema = createUpdateSchema(poiCategories, categoryRefinements).omit({
  ...stamps,
  path: true,
});
export const selectPoiCategorySchema = createSelectSchema(poiCategories, { path: () => z.string() });

// ---- poi_images
const imageRefinements = {
  caption: (s: z.ZodString) => s.max(500, 'a caption is limited to 500 characters'),
  sortOrder: (s: z.ZodNumber) => s.int().min(0, 'sort order cannot be negative'),
};
export const insertPoiImageSchema = createInsertSchema(poiImages, imageRefinements).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
});
export const updatePoiImageSchema = createUpdateSchema(poiImages, imageRefinements).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
});
export const selectPoiImageSchema = createSelectSchema(poiImages);

// ---- poi_audio_guides
const audioRefinements = {
  locale: () => localeSchema,
  title: name200,
  durationSeconds: (s: z.ZodNumber) => s.int().min(1, 'an audio guide lasts at least one second'),
};
export const insertPoiAudioGuideSchema = createInsertSchema(poiAudioGuides, audioRefinements).omit(stamps);
export const updatePoiAudioGuideSchema = createUpdateSchema(poiAudioGuides, audioRefinements).omit(stamps);
export const selectPoiAudioGuideSchema = createSelectSchema(poiAudioGuides);

// ---- poi_ar_experiences
const arRefinements = {
  title: name200,
  anchorLocation: () => geoPointSchema,
  platforms: () =>
    z
      .array(z.enum(arPlatforms), 'platforms are one or more of ios, android, web')
      .min(1, 'at least one platform'),
  minAppVersion: (s: z.ZodString) =>
    s.regex(SEMVER_PATTERN, 'minimum app version must be semantic, e.g. 2.4.0'),
  metadata: () => metadataSchema,
};
export const insertPoiArExperienceSchema = createInsertSchema(poiArExperiences, arRefinements).omit(stamps);
export const updatePoiArExperienceSchema = createUpdateSchema(poiArExperiences, arRefinements).omit(stamps);
export const selectPoiArExperienceSchema = createSelectSchema(poiArExperiences, {
  anchorLocation: () => geoPointSchema.nullable(),
});

// ---- poi_translations (search_config and search_vector are the database's)
const translationRefinements = { locale: () => localeSchema, name: name200, ...meta };
export const insertPoiTranslationSchema = createInsertSchema(poiTranslations, translationRefinements).omit({
  ...stamps,
  searchConfig: true,
});
export const updatePoiTranslationSchema = createUpdateSchema(poiTranslations, translationRefinements).omit({
  ...stamps,
  searchConfig: true,
});
export const selectPoiTranslationSchema = createSelectSchema(poiTranslations, {
  searchConfig: () => z.string(),
  searchVector: () => z.string().nullable(),
});

// ---- poi_opening_hours
const hoursRefinements = {
  dayOfWeek: (s: z.ZodNumber) => s.int().min(0, 'day of week is 0 to 6').max(6, 'day of week is 0 to 6'),
  specialDate: () => z.iso.date(),
  validFrom: () => z.iso.date(),
  validTo: () => z.iso.date(),
  opensAt: () => timeOfDaySchema,
  closesAt: () => endTimeOfDaySchema,
};
type HoursInput = {
  dayOfWeek?: number | null;
  specialDate?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  isClosed?: boolean;
  validFrom?: string | null;
  validTo?: string | null;
};
const norm = (t: string) => (t.length === 5 ? `${t}:00` : t);
// Twins of the poi_opening_hours_*_check constraints, for whole rows.
const hoursRules = (h: HoursInput, ctx: z.RefinementCtx) => {
  if ((h.dayOfWeek == null) === (h.specialDate == null))
    ctx.addIssue({
      code: 'custom',
      message: 'an opening-hours row is for either a weekday or a special date',
    });
  if (h.isClosed) {
    if (h.opensAt != null || h.closesAt != null)
      ctx.addIssue({ code: 'custom', message: 'closed rows have no opening or closing time' });
  } else if (h.opensAt == null || h.closesAt == null || norm(h.opensAt) === norm(h.closesAt)) {
    ctx.addIssue({ code: 'custom', message: 'open rows need distinct opening and closing times' });
  }
  if (h.validFrom != null && h.validTo != null && h.validTo < h.validFrom)
    ctx.addIssue({ code: 'custom', message: 'valid_to cannot be before valid_from', path: ['validTo'] });
  if (h.specialDate != null && (h.validFrom != null || h.validTo != null))
    ctx.addIssue({ code: 'custom', message: 'a special date has no validity range' });
};
export const insertPoiOpeningHoursSchema = createInsertSchema(poiOpeningHours, hoursRefinements)
  .omit(stamps)
  .superRefine(hoursRules);
export const updatePoiOpeningHoursSchema = createUpdateSchema(poiOpeningHours, hoursRefinements).omit(stamps);
export const selectPoiOpeningHoursSchema = createSelectSchema(poiOpeningHours);

// The input of poisNear (queries/search.ts), parsed before any SQL is built.
export const poisNearSchema = z
  .object({
    lon: z.number(),
    lat: z.number(),
    radiusKm: z.number().positive().max(1000),
    categoryId: z.uuid().optional(),
    /** default: only active POIs; pass false to include drafts/closed (back office) */
    activeOnly: z.boolean().default(true),
    limit: z.number().int().min(1).max(200).default(20),
  })
  .refine((n) => geoPointSchema.safeParse(n).success, 'coordinates out of range');

export type PoisNear = z.input<typeof poisNearSchema>;
