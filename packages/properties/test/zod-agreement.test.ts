import { makeHost, makeMedia, type TestDb, uniq } from '@touriquest/testing';
import {
  currencyHint as currency,
  describeZodAgreement,
  timezoneHint,
} from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import {
  amenities,
  properties,
  propertyAmenities,
  propertyAvailability,
  propertyCalendar,
  propertyImages,
  propertyPricing,
  propertyRules,
  propertySlugHistory,
} from '../src/schema';
import {
  insertAmenitySchema,
  insertPropertyAmenitySchema,
  insertPropertyAvailabilitySchema,
  insertPropertyCalendarSchema,
  insertPropertyImageSchema,
  insertPropertyPricingSchema,
  insertPropertyRuleSchema,
  insertPropertySchema,
} from '../src/validation';
import { makeProperty, propertyInput } from './fixtures';

const propertyId = async (tx: TestDb) => (await makeProperty(tx)).id;

describeZodAgreement('@touriquest/properties', schemaExports, [
  {
    table: properties,
    schema: insertPropertySchema,
    validRow: async (tx) => propertyInput((await makeHost(tx)).id, { slug: uniq('riad') }),
    hints: {
      currency,
      timezone: timezoneHint,
      slug: { extra: ['riad-atlas', 'Riad', 'riad--atlas', '-riad'] },
      countryCode: { extra: ['MA', 'ma', 'MAR'] },
    },
  },
  {
    table: amenities,
    schema: insertAmenitySchema,
    validRow: async () => ({ code: 'pool', name: 'Pool' }),
  },
  {
    table: propertyAmenities,
    schema: insertPropertyAmenitySchema,
    validRow: async (tx) => {
      const [a] = await tx
        .insert(amenities)
        .values({ code: `a_${Date.now()}`, name: 'Pool' })
        .returning();
      return { propertyId: await propertyId(tx), amenityId: a!.id, details: 'Heated' };
    },
  },
  {
    table: propertyImages,
    schema: insertPropertyImageSchema,
    validRow: async (tx) => ({
      propertyId: await propertyId(tx),
      mediaId: await makeMedia(tx),
      caption: 'Patio',
    }),
  },
  {
    table: propertyPricing,
    schema: insertPropertyPricingSchema,
    validRow: async (tx) => ({
      propertyId: await propertyId(tx),
      ruleType: 'weekend',
      daysOfWeek: [5, 6],
      adjustmentType: 'percent',
      adjustmentValue: '15',
    }),
    hints: {
      adjustmentValue: {
        values: ['15', '-100', '-100.5', '1000', '1000.5', '12.5', 'NaN', 'Infinity', 'abc', ''],
      },
      daysOfWeek: { extra: [[0], [7], [-1], [0, 6]] },
    },
  },
  {
    table: propertyAvailability,
    schema: insertPropertyAvailabilitySchema,
    validRow: async (tx) => ({
      propertyId: await propertyId(tx),
      during: { start: '2027-06-01', end: '2027-06-05' },
      status: 'blocked',
    }),
  },
  {
    table: propertyCalendar,
    schema: insertPropertyCalendarSchema,
    validRow: async (tx) => ({
      propertyId: await propertyId(tx),
      during: { start: '2027-12-24', end: '2027-12-26' },
      eventName: 'Christmas',
      priceMultiplier: '1.5',
    }),
    hints: {
      priceMultiplier: { values: ['1.5', '0', '-1', '0.001', '999.999', '1000', 'NaN', 'Infinity', 'abc'] },
    },
  },
  {
    table: propertyRules,
    schema: insertPropertyRuleSchema,
    validRow: async (tx) => ({
      propertyId: await propertyId(tx),
      ruleType: 'quiet_hours',
      startTime: '22:00',
      endTime: '07:00',
    }),
  },
  { table: propertySlugHistory, exempt: 'written by the slug-change trigger only; no insert schema' },
]);
