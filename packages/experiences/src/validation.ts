import {
  countryCodeSchema,
  currencyCodeSchema,
  geoPointSchema,
  ianaTimezoneSchema,
  localeSchema,
  metadataSchema,
  metaRefinements,
  slugSchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import {
  experienceCategories,
  experienceImages,
  experienceRequirements,
  experienceSchedules,
  experiences,
  experienceTranslations,
} from './schema';

const stamps = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;
const deleted = { deletedAt: true, deletedBy: true } as const;
const timezoneSchema = ianaTimezoneSchema('Europe/Paris');

const title200 = (s: z.ZodString) => s.trim().min(1, 'a title is 1-200 characters').max(200);
const meta = metaRefinements;

// ---- experiences
const experienceRefinements = {
  title: title200,
  slug: () => slugSchema,
  location: () => geoPointSchema,
  meetingPoint: () => geoPointSchema,
  meetingPointDescription: (s: z.ZodString) => s.max(1000),
  countryCode: () => countryCodeSchema,
  durationMinutes: (s: z.ZodNumber) => s.int().min(1, 'an experience lasts at least one minute'),
  minParticipants: (s: z.ZodNumber) => s.int().min(1, 'an experience takes at least one participant'),
  maxParticipants: (s: z.ZodNumber) => s.int().min(1),
  priceMinor: (s: z.ZodNumber) => s.int('amounts are integer minor units').min(0),
  currency: () => currencyCodeSchema,
  languages: () => z.array(localeSchema).max(30, 'at most 30 languages'),
  timezone: () => timezoneSchema,
  defaultLocale: () => localeSchema,
  metadata: () => metadataSchema,
  ...meta,
};
// experiences_max_participants_check (min defaults to 1 in the database)
const participantsRule = (e: { minParticipants?: number; maxParticipants?: number }) =>
  e.maxParticipants == null || e.maxParticipants >= (e.minParticipants ?? 1);
const participantsMessage = {
  message: 'max participants cannot be fewer than min participants',
  path: ['maxParticipants'],
};

export const insertExperienceSchema = createInsertSchema(experiences, experienceRefinements)
  .omit({ ...stamps, ...deleted, ratingAvg: true, ratingCount: true, ratingSum: true })
  .refine(participantsRule, participantsMessage);
export const updateExperienceSchema = createUpdateSchema(experiences, experienceRefinements)
  .omit({ ...stamps, ratingAvg: true, ratingCount: true, ratingSum: true })
  .refine(
    (e) => e.minParticipants == null || e.maxParticipants == null || e.maxParticipants >= e.minParticipants,
    participantsMessage,
  );
export const selectExperienceSchema = createSelectSchema(experiences, {
  location: () => geoPointSchema,
  meetingPoint: () => geoPointSchema.nullable(),
  searchVector: () => z.string().nullable(),
});

// ---- experience_categories (path is the trigger's)
const categoryRefinements = {
  slug: () => slugSchema.max(100),
  name: (s: z.ZodString) => s.trim().min(1, 'a category name is 1-100 characters').max(100),
  metadata: () => metadataSchema,
};
export const insertExperienceCategorySchema = createInsertSchema(
  experienceCategories,
  categoryRefinements,
).omit({ ...stamps, ...deleted, path: true });
export const updateExperienceCategorySchema = createUpdateSchema(
  experienceCategories,
  categoryRefinements,
).omit({ ...stamps, path: true });
export const selectExperienceCategorySchema = createSelectSchema(experienceCategories, {
  path: () => z.string(),
});

// ---- experience_schedules (seats_booked belongs to the bookings triggers)
const scheduleRefinements = {
  capacity: (s: z.ZodNumber) => s.int().min(1, 'a schedule seats at least one participant'),
  priceOverrideMinor: (s: z.ZodNumber) => s.int('amounts are integer minor units').min(0),
  metadata: () => metadataSchema,
};
const endsAfterStarts = (s: { startsAt?: Date; endsAt?: Date }) =>
  s.startsAt == null || s.endsAt == null || s.endsAt > s.startsAt;
const endsMessage = { message: 'a schedule ends after it starts', path: ['endsAt'] };
export const insertExperienceScheduleSchema = createInsertSchema(experienceSchedules, scheduleRefinements)
  .omit({ ...stamps, seatsBooked: true })
  .refine(endsAfterStarts, endsMessage);
export const updateExperienceScheduleSchema = createUpdateSchema(experienceSchedules, scheduleRefinements)
  .omit({ ...stamps, seatsBooked: true })
  .refine(endsAfterStarts, endsMessage);
export const selectExperienceScheduleSchema = createSelectSchema(experienceSchedules);

// ---- experience_requirements
const requirementRefinements = {
  value: (s: z.ZodString) => s.trim().min(1, 'a requirement value is 1-200 characters').max(200),
  description: (s: z.ZodString) => s.max(1000),
};
// experience_requirements_age_value_check
const ageRule = (r: { kind?: string; value?: string }) =>
  (r.kind !== 'min_age' && r.kind !== 'max_age') ||
  r.value == null ||
  (/^[0-9]{1,3}$/.test(r.value) && Number(r.value) <= 120);
const ageMessage = { message: 'an age requirement is a whole number of years, 0 to 120', path: ['value'] };
export const insertExperienceRequirementSchema = createInsertSchema(
  experienceRequirements,
  requirementRefinements,
)
  .omit(stamps)
  .refine(ageRule, ageMessage);
export const updateExperienceRequirementSchema = createUpdateSchema(
  experienceRequirements,
  requirementRefinements,
)
  .omit(stamps)
  .refine(ageRule, ageMessage);
export const selectExperienceRequirementSchema = createSelectSchema(experienceRequirements);

// ---- experience_images
const imageRefinements = {
  caption: (s: z.ZodString) => s.max(500, 'a caption is limited to 500 characters'),
  sortOrder: (s: z.ZodNumber) => s.int().min(0, 'sort order cannot be negative'),
};
const imageStamps = { id: true, createdAt: true, updatedAt: true } as const;
export const insertExperienceImageSchema = createInsertSchema(experienceImages, imageRefinements).omit(
  imageStamps,
);
export const updateExperienceImageSchema = createUpdateSchema(experienceImages, imageRefinements).omit(
  imageStamps,
);
export const selectExperienceImageSchema = createSelectSchema(experienceImages);

// ---- experience_translations (search_config and search_vector are the database's)
const translationRefinements = { locale: () => localeSchema, title: title200, ...meta };
export const insertExperienceTranslationSchema = createInsertSchema(
  experienceTranslations,
  translationRefinements,
).omit({ ...stamps, searchConfig: true });
export const updateExperienceTranslationSchema = createUpdateSchema(
  experienceTranslations,
  translationRefinements,
).omit({ ...stamps, searchConfig: true });
export const selectExperienceTranslationSchema = createSelectSchema(experienceTranslations, {
  searchConfig: () => z.string(),
  searchVector: () => z.string().nullable(),
});

// The input of openSchedulesNear (queries/schedules.ts), parsed before any SQL is built.
export const openSchedulesNearSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    near: z
      .object({ lon: z.number(), lat: z.number(), radiusKm: z.number().positive().max(1000) })
      .refine((n) => geoPointSchema.safeParse(n).success, 'coordinates out of range')
      .optional(),
    minSeats: z.number().int().min(1).default(1),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((p) => p.to > p.from, { message: 'the window must end after it starts', path: ['to'] });

export type OpenSchedulesNear = z.input<typeof openSchedulesNearSchema>;
