import {
  countryCodeSchema,
  currencyCodeSchema,
  dateRangeSchema,
  geoPointSchema,
  ianaTimezoneSchema,
  localeSchema,
  metadataSchema,
  metaRefinements,
  slugSchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { properties } from './schema/properties';
import { propertyAvailability } from './schema/property-availability';

const stamps = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;
const TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/;
export const timeOfDaySchema = z.string().regex(TIME_PATTERN, 'time must be HH:MM or HH:MM:SS');

const propertyRefinements = {
  title: (s: z.ZodString) =>
    s.trim().min(1, 'a title is 1-200 characters').max(200, 'a title is 1-200 characters'),
  slug: () => slugSchema,
  location: () => geoPointSchema,
  countryCode: () => countryCodeSchema,
  maxGuests: (s: z.ZodNumber) => s.int().min(1, 'a property must host at least one guest'),
  bedrooms: (s: z.ZodNumber) => s.int().min(0, 'bedrooms cannot be negative'),
  beds: (s: z.ZodNumber) => s.int().min(0, 'beds cannot be negative'),
  bathrooms: (s: z.ZodNumber) =>
    s
      .min(0, 'bathrooms cannot be negative')
      .max(99.9)
      .refine((v) => Number.isInteger(v * 10), 'bathrooms has one decimal (e.g. 1.5)'),
  basePriceMinor: (s: z.ZodNumber) =>
    s.int('amounts are integer minor units').min(0, 'the base price cannot be negative'),
  currency: () => currencyCodeSchema,
  checkInTime: () => timeOfDaySchema,
  checkOutTime: () => timeOfDaySchema,
  minNights: (s: z.ZodNumber) => s.int().min(1, 'the minimum stay is at least one night'),
  maxNights: (s: z.ZodNumber) => s.int().min(1),
  ...metaRefinements,
  defaultLocale: () => localeSchema,
  timezone: () => ianaTimezoneSchema('Africa/Casablanca'),
  metadata: () => metadataSchema,
};

// properties_max_nights_check, for whole rows (insert) and for updates that carry both fields.
const maxNightsRule = (p: { minNights?: number | null; maxNights?: number | null }) =>
  p.maxNights == null || p.maxNights >= (p.minNights ?? 1);
const maxNightsMessage = {
  message: 'the maximum stay cannot be shorter than the minimum stay',
  path: ['maxNights'],
};

export const insertPropertySchema = createInsertSchema(properties, propertyRefinements)
  .omit({ ...stamps, deletedAt: true, deletedBy: true, ratingAvg: true, ratingCount: true })
  .refine(maxNightsRule, maxNightsMessage);
export const updatePropertySchema = createUpdateSchema(properties, propertyRefinements)
  .omit({ ...stamps, ratingAvg: true, ratingCount: true })
  .refine(maxNightsRule, maxNightsMessage);
export const selectPropertySchema = createSelectSchema(properties, {
  location: () => geoPointSchema,
});

/** A bounded range with a start (property_availability_during_check); the end may be open. */
const availabilityRangeSchema = dateRangeSchema.refine(
  (r) => r.start !== null,
  'an availability range needs a start date and at least one day',
);
export const insertPropertyAvailabilitySchema = createInsertSchema(propertyAvailability, {
  during: () => availabilityRangeSchema,
}).omit(stamps);
export const updatePropertyAvailabilitySchema = createUpdateSchema(propertyAvailability, {
  during: () => availabilityRangeSchema,
}).omit(stamps);
export const selectPropertyAvailabilitySchema = createSelectSchema(propertyAvailability, {
  during: () => dateRangeSchema,
});
