import { dateRangeSchema } from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { amenities, propertyAmenities } from './schema/amenities';
import { propertyCalendar } from './schema/property-calendar';
import { propertyImages } from './schema/property-images';
import { propertyPricing } from './schema/property-pricing';
import { propertyRules } from './schema/property-rules';
import { timeOfDaySchema } from './validation';

const stamps = { id: true, createdAt: true, updatedAt: true } as const;
const auditStamps = { ...stamps, createdBy: true, updatedBy: true } as const;
const DECIMAL = /^-?\d+(\.\d+)?$/;

// amenities_code_check, amenities_name_check
const amenityRefinements = {
  code: () => z.string().regex(/^[a-z0-9_]{2,64}$/, 'amenity code must be 2-64 characters of a-z, 0-9 or _'),
  name: (s: z.ZodString) => s.trim().min(1).max(100),
};
export const insertAmenitySchema = createInsertSchema(amenities, amenityRefinements).omit(stamps);
export const updateAmenitySchema = createUpdateSchema(amenities, amenityRefinements).omit(stamps);
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
  endTime: () => timeOfDaySchema,
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
export const insertPropertyImageSchema = createInsertSchema(propertyImages, imageRefinements).omit(stamps);
export const updatePropertyImageSchema = createUpdateSchema(propertyImages, imageRefinements).omit(stamps);
export const selectPropertyImageSchema = createSelectSchema(propertyImages);
