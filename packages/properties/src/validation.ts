import {
  countryCodeSchema,
  currencyCodeSchema,
  dateRangeSchema,
  endTimeOfDaySchema,
  geoPointSchema,
  ianaTimezoneSchema,
  localeSchema,
  metadataSchema,
  metaRefinements,
  oneDecimalSchema,
  searchTextSchema,
  slugSchema,
  timeOfDaySchema,
} from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { amenities } from './schema/amenities';
import { properties } from './schema/properties';
import { propertyAmenities } from './schema/property-amenities';
import { propertyAvailability } from './schema/property-availability';
import { propertyCalendar } from './schema/property-calendar';
import { propertyImages } from './schema/property-images';
import { propertyPricing } from './schema/property-pricing';
import { propertyRules } from './schema/property-rules';

const stamps = { id: true, createdAt: true, updatedAt: true, createdBy: true, updatedBy: true } as const;

const propertyRefinements = {
  title: (s: z.ZodString) =>
    s.trim().min(1, 'a title is 1-200 characters').max(200, 'a title is 1-200 characters'),
  slug: () => slugSchema,
  location: () => geoPointSchema,
  countryCode: () => countryCodeSchema,
  maxGuests: (s: z.ZodNumber) => s.int().min(1, 'a property must host at least one guest'),
  bedrooms: (s: z.ZodNumber) => s.int().min(0, 'bedrooms cannot be negative'),
  beds: (s: z.ZodNumber) => s.int().min(0, 'beds cannot be negative'),
  // numeric(3,1): 1.25 is stored as 1.3, as the database would.
  bathrooms: () => oneDecimalSchema(0, 99.9, 'bathrooms'),
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
  .omit({ ...stamps, deletedAt: true, deletedBy: true, ratingAvg: true, ratingCount: true, ratingSum: true })
  .refine(maxNightsRule, maxNightsMessage);
export const updatePropertySchema = createUpdateSchema(properties, propertyRefinements)
  .omit({ ...stamps, ratingAvg: true, ratingCount: true, ratingSum: true })
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

const rowStamps = { id: true, createdAt: true, updatedAt: true } as const;
const auditStamps = { ...rowStamps, createdBy: true, updatedBy: true } as const;
const DECIMAL = /^-?\d+(\.\d+)?$/;

// amenities_code_check, amenities_name_check
const amenityRefinements = {
  code: () => z.string().regex(/^[a-z0-9_]{2,64}$/, 'amenity code must be 2-64 characters of a-z, 0-9 or _'),
  name: (s: z.ZodString) => s.trim().min(1).max(100),
};
export const insertAmenitySchema = createInsertSchema(amenities, amenityRefinements).omit(rowStamps);
export const updateAmenitySchema = createUpdateSchema(amenities, amenityRefinements).omit(rowStamps);
export const selectAmenitySchema = createSelectSchema(amenities);

const propertyAmenityRefinements = { details: (s: z.ZodString) => s.max(500) };
export const insertPropertyAmenitySchema = createInsertSchema(
  propertyAmenities,
  propertyAmenityRefinements,
).omit({
  createdAt: true,
});
export const updatePropertyAmenitySchema = createUpdateSchema(
  propertyAmenities,
  propertyAmenityRefinements,
).omit({
  createdAt: true,
});
export const selectPropertyAmenitySchema = createSelectSchema(propertyAmenities);

const pricingRefinements = {
  validDuring: () => dateRangeSchema,
  daysOfWeek: () => z.array(z.number().int().min(0).max(6, 'days of week are 0 (Sunday) to 6 (Saturday)')),
  minNights: (s: z.ZodNumber) => s.int().min(1),
  daysBeforeCheckin: (s: z.ZodNumber) => s.int().min(0),
  minGuests: (s: z.ZodNumber) => s.int().min(1),
  adjustmentValue: () => z.string().regex(DECIMAL, 'adjustment value is a decimal such as -12.5'),
  priority: (s: z.ZodNumber) => s.int(),
};

type PricingShape = {
  ruleType?: string;
  validDuring?: unknown;
  daysOfWeek?: number[] | null;
  minNights?: number | null;
  daysBeforeCheckin?: number | null;
  minGuests?: number | null;
  adjustmentType?: string;
  adjustmentValue?: string;
};

/** The zod twins of the property_pricing per-type CHECKs. */
function pricingRules(r: PricingShape, ctx: z.RefinementCtx) {
  const fail = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  if (r.ruleType === 'weekend' && !r.daysOfWeek?.length)
    fail('a weekend rule names its days of the week', 'daysOfWeek');
  if (r.ruleType === 'seasonal' && r.validDuring == null)
    fail('a seasonal rule needs a date range', 'validDuring');
  if (r.ruleType === 'length_of_stay' && r.minNights == null)
    fail('a length-of-stay rule needs a minimum number of nights', 'minNights');
  if ((r.ruleType === 'last_minute' || r.ruleType === 'early_bird') && r.daysBeforeCheckin == null)
    fail('last-minute and early-bird rules need a number of days before check-in', 'daysBeforeCheckin');
  if (r.ruleType === 'occupancy' && r.minGuests == null)
    fail('an occupancy rule needs a minimum number of guests', 'minGuests');
  if (r.adjustmentValue !== undefined && DECIMAL.test(r.adjustmentValue)) {
    const v = Number(r.adjustmentValue);
    if (r.adjustmentType === 'percent' && (v < -100 || v > 1000))
      fail('a percent adjustment is between -100 and 1000', 'adjustmentValue');
    if (r.adjustmentType === 'fixed' && !/^-?\d+(\.0+)?$/.test(r.adjustmentValue))
      fail('a fixed adjustment is whole minor units', 'adjustmentValue');
  }
}

export const insertPropertyPricingSchema = createInsertSchema(propertyPricing, pricingRefinements)
  .omit(auditStamps)
  .superRefine(pricingRules);
export const updatePropertyPricingSchema = createUpdateSchema(propertyPricing, pricingRefinements)
  .omit(auditStamps)
  .superRefine(pricingRules);
export const selectPropertyPricingSchema = createSelectSchema(propertyPricing, {
  validDuring: () => dateRangeSchema,
});

/** property_calendar_during_check: bounded, at least one day. */
const calendarRangeSchema = dateRangeSchema.refine(
  (r) => r.start !== null && r.end !== null,
  'a special-day range needs a start, an end and at least one day',
);
const calendarRefinements = {
  during: () => calendarRangeSchema,
  priceOverrideMinor: (s: z.ZodNumber) => s.int('amounts are integer minor units').min(0),
  priceMultiplier: () =>
    z
      .string()
      .regex(/^\d{1,3}(\.\d{1,3})?$/, 'a multiplier is a positive decimal such as 1.25')
      .refine((v) => Number(v) > 0, 'a price multiplier must be positive'),
  minStayOverride: (s: z.ZodNumber) => s.int().min(1),
};
const onePrice = (r: { priceOverrideMinor?: number | null; priceMultiplier?: string | null }) =>
  (r.priceOverrideMinor != null) !== (r.priceMultiplier != null);
const onePriceMessage = {
  message: 'a special day has either a price override or a multiplier, not both',
  path: ['priceMultiplier'],
};
export const insertPropertyCalendarSchema = createInsertSchema(propertyCalendar, calendarRefinements)
  .omit(auditStamps)
  .refine(onePrice, onePriceMessage);
export const updatePropertyCalendarSchema = createUpdateSchema(propertyCalendar, calendarRefinements)
  .omit(auditStamps)
  .refine(
    (r) => !(r.priceOverrideMinor !== undefined && r.priceMultiplier !== undefined) || onePrice(r),
    onePriceMessage,
  );
export const selectPropertyCalendarSchema = createSelectSchema(propertyCalendar, {
  during: () => dateRangeSchema,
});

const houseRuleRefinements = {
  description: (s: z.ZodString) => s.max(2000),
  startTime: () => timeOfDaySchema,
  endTime: () => endTimeOfDaySchema,
};
type HouseRuleShape = {
  ruleType?: string;
  startTime?: string | null;
  endTime?: string | null;
  description?: string | null;
};
function houseRules(r: HouseRuleShape, ctx: z.RefinementCtx) {
  if (r.ruleType === undefined) return;
  const quiet = r.ruleType === 'quiet_hours';
  const hasBoth = r.startTime != null && r.endTime != null && r.startTime !== r.endTime;
  const hasNone = r.startTime == null && r.endTime == null;
  if (quiet ? !hasBoth : !hasNone) {
    ctx.addIssue({
      code: 'custom',
      message: 'quiet hours need a start and an end time (and only quiet hours have them)',
      path: ['startTime'],
    });
  }
  if (r.ruleType === 'custom' && !r.description?.trim()) {
    ctx.addIssue({ code: 'custom', message: 'a custom rule needs a description', path: ['description'] });
  }
}
export const insertPropertyRuleSchema = createInsertSchema(propertyRules, houseRuleRefinements)
  .omit(auditStamps)
  .superRefine(houseRules);
export const updatePropertyRuleSchema = createUpdateSchema(propertyRules, houseRuleRefinements)
  .omit(auditStamps)
  .superRefine(houseRules);
export const selectPropertyRuleSchema = createSelectSchema(propertyRules);

const imageRefinements = {
  caption: (s: z.ZodString) => s.max(500, 'a caption is limited to 500 characters'),
  sortOrder: (s: z.ZodNumber) => s.int().min(0, 'sort order cannot be negative'),
};
export const insertPropertyImageSchema = createInsertSchema(propertyImages, imageRefinements).omit(rowStamps);
export const updatePropertyImageSchema = createUpdateSchema(propertyImages, imageRefinements).omit(rowStamps);
export const selectPropertyImageSchema = createSelectSchema(propertyImages);

// The input of searchProperties (queries/search.ts), parsed before any SQL is built.
export const propertySearchSchema = z
  .object({
    near: z
      .object({ lon: z.number(), lat: z.number(), radiusKm: z.number().positive().max(1000) })
      .refine((n) => geoPointSchema.safeParse(n).success, 'coordinates out of range')
      .optional(),
    city: searchTextSchema('a city').optional(),
    guests: z.number().int().min(1),
    minPriceMinor: z.number().int().min(0).optional(),
    maxPriceMinor: z.number().int().min(0).optional(),
    currency: currencyCodeSchema.optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .refine((s) => (s.near === undefined) !== (s.city === undefined), 'search either near a point or in a city')
  // Minor units of different currencies do not compare.
  .refine(
    (s) => (s.minPriceMinor === undefined && s.maxPriceMinor === undefined) || s.currency !== undefined,
    'a price range needs its currency',
  );

export type PropertySearch = z.input<typeof propertySearchSchema>;

// The input of findPropertyById (queries/by-id.ts).
export const propertyIdSchema = z.uuid('a property id is a uuid');
