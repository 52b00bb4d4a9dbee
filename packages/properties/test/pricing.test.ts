import { describeEngines, expectRule, refusedByBoth, type TestDb } from '@touriquest/testing';
import { expect, it } from 'vitest';
import {
  insertPropertyCalendarSchema,
  insertPropertyPricingSchema,
  type NewPropertyPricing,
  propertyCalendar,
  propertyPricing,
  QuoteError,
  quoteStay,
} from '../src';
import { makeProperty } from './fixtures';

/**
 * Property A: 100.00 EUR a night (10000 minor), 1-14 nights, up to 6 guests.
 *   seasonal  Jul–Aug            +15%        priority 5
 *   weekend   Fri, Sat nights    +20%        priority 10
 *   occupancy ≥ 5 guests         +1500/night priority 20
 *   early     ≥ 60 days  -5%, ≥ 90 days -8%  priority 30 (tiers: the most specific wins)
 *   stay      ≥ 5 nights -5%, ≥ 7 nights -10% on the subtotal
 *   calendar  2026-07-14 festival ×1.5; 2026-12-31 fixed 300.00 with a 3-night minimum
 */
async function propertyA(tx: TestDb) {
  const p = await makeProperty(tx, { basePriceMinor: 10_000, maxNights: 14, maxGuests: 6 });
  const rule = (r: Omit<NewPropertyPricing, 'propertyId'>) => ({ propertyId: p.id, ...r });
  await tx.insert(propertyPricing).values([
    rule({
      ruleType: 'seasonal',
      validDuring: { start: '2026-07-01', end: '2026-09-01' },
      adjustmentType: 'percent',
      adjustmentValue: '15',
      priority: 5,
    }),
    rule({
      ruleType: 'weekend',
      daysOfWeek: [5, 6],
      adjustmentType: 'percent',
      adjustmentValue: '20',
      priority: 10,
    }),
    rule({
      ruleType: 'occupancy',
      minGuests: 5,
      adjustmentType: 'fixed',
      adjustmentValue: '1500',
      priority: 20,
    }),
    rule({
      ruleType: 'early_bird',
      daysBeforeCheckin: 60,
      adjustmentType: 'percent',
      adjustmentValue: '-5',
      priority: 30,
    }),
    rule({
      ruleType: 'early_bird',
      daysBeforeCheckin: 90,
      adjustmentType: 'percent',
      adjustmentValue: '-8',
      priority: 30,
    }),
    rule({ ruleType: 'length_of_stay', minNights: 5, adjustmentType: 'percent', adjustmentValue: '-5' }),
    rule({ ruleType: 'length_of_stay', minNights: 7, adjustmentType: 'percent', adjustmentValue: '-10' }),
    // Inactive rules are ignored.
    rule({
      ruleType: 'weekend',
      daysOfWeek: [1, 2, 3],
      adjustmentType: 'percent',
      adjustmentValue: '500',
      active: false,
    }),
  ]);
  await tx.insert(propertyCalendar).values([
    {
      propertyId: p.id,
      during: { start: '2026-07-14', end: '2026-07-15' },
      eventName: 'Festival',
      priceMultiplier: '1.5',
    },
    {
      propertyId: p.id,
      during: { start: '2026-12-31', end: '2027-01-01' },
      eventName: 'New Year',
      priceOverrideMinor: 30_000,
      minStayOverride: 3,
    },
  ]);
  return p;
}

describeEngines('stay quotes', (ctx) => {
  it('prices plain nights at the base price', () =>
    ctx.rollback(async (tx) => {
      const p = await propertyA(tx);
      // Mon 06-08 and Tue 06-09, booked 19 days ahead: no rule applies. 2 × 10000 = 20000.
      const q = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-06-08',
        checkOut: '2026-06-10',
        guests: 2,
        bookingDate: '2026-05-20',
      });
      expect(q.nightly.map((n) => [n.date, n.dayOfWeek, n.priceMinor])).toEqual([
        ['2026-06-08', 1, 10_000],
        ['2026-06-09', 2, 10_000],
      ]);
      expect(q).toMatchObject({
        nights: 2,
        currency: 'EUR',
        subtotalMinor: 20_000,
        lengthOfStay: null,
        totalMinor: 20_000,
        daysBeforeCheckIn: 19,
      });
    }));

  it('applies seasonal then weekend rules in priority order', () =>
    ctx.rollback(async (tx) => {
      const p = await propertyA(tx);
      // Thu 07-09: 10000 × 1.15 = 11500.
      // Fri 07-10, Sat 07-11: 10000 × 1.15 (priority 5) = 11500, × 1.20 (priority 10) = 13800.
      // 3 nights: no length-of-stay rule. 11500 + 13800 + 13800 = 39100.
      const q = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-07-09',
        checkOut: '2026-07-12',
        guests: 2,
        bookingDate: '2026-06-01',
      });
      expect(q.nightly.map((n) => n.priceMinor)).toEqual([11_500, 13_800, 13_800]);
      expect(q.nightly[1]!.adjustments.map((a) => [a.ruleType, a.before, a.after])).toEqual([
        ['seasonal', '10000', '11500'],
        ['weekend', '11500', '13800'],
      ]);
      expect(q.totalMinor).toBe(39_100);
    }));

  it('combines calendar multipliers, occupancy and the most specific length-of-stay discount', () =>
    ctx.rollback(async (tx) => {
      const p = await propertyA(tx);
      // 5 guests, Mon 07-13 → Mon 07-20 (7 nights), booked 42 days ahead (no early bird).
      // Mon 13, Wed 15, Thu 16, Sun 19: 10000 × 1.15 + 1500            = 13000
      // Tue 14 (festival ×1.5):         10000 × 1.5 × 1.15 + 1500      = 18750
      // Fri 17, Sat 18:                 10000 × 1.15 × 1.20 + 1500     = 15300
      // subtotal 4 × 13000 + 18750 + 2 × 15300 = 101350
      // ≥ 7 nights beats ≥ 5 nights: 101350 × 0.90 = 91215
      const q = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-07-13',
        checkOut: '2026-07-20',
        guests: 5,
        bookingDate: '2026-06-01',
      });
      expect(q.nightly.map((n) => n.priceMinor)).toEqual([
        13_000, 18_750, 13_000, 13_000, 15_300, 15_300, 13_000,
      ]);
      expect(q.nightly[1]!.calendar).toMatchObject({ eventName: 'Festival', priceMultiplier: '1.500' });
      expect(q.subtotalMinor).toBe(101_350);
      expect(q.lengthOfStay).toMatchObject({ adjustmentValue: '-10.0000', amountMinor: -10_135 });
      expect(q.totalMinor).toBe(91_215);
    }));

  it('picks the deepest early-bird tier for which the booking qualifies', () =>
    ctx.rollback(async (tx) => {
      const p = await propertyA(tx);
      // 99 days ahead qualifies for both tiers; ≥ 90 days (-8%) wins: 10000 × 0.92 = 9200 a night.
      const q = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-06-08',
        checkOut: '2026-06-10',
        guests: 2,
        bookingDate: '2026-03-01',
      });
      expect(q.daysBeforeCheckIn).toBe(99);
      expect(q.nightly.map((n) => n.priceMinor)).toEqual([9_200, 9_200]);
      expect(q.nightly[0]!.adjustments).toHaveLength(1);
      // 70 days ahead: only the 60-day tier, 10000 × 0.95 = 9500.
      const q2 = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-06-08',
        checkOut: '2026-06-09',
        guests: 2,
        bookingDate: '2026-03-30',
      });
      expect(q2.totalMinor).toBe(9_500);
    }));

  it('rounds each night and the total half-up to a whole minor unit', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, { basePriceMinor: 1005 });
      await tx.insert(propertyPricing).values([
        {
          propertyId: p.id,
          ruleType: 'last_minute',
          daysBeforeCheckin: 3,
          adjustmentType: 'percent',
          adjustmentValue: '-10',
        },
        {
          propertyId: p.id,
          ruleType: 'length_of_stay',
          minNights: 2,
          adjustmentType: 'percent',
          adjustmentValue: '-12.5',
        },
      ]);
      // 2 days ahead: 1005 × 0.90 = 904.5 → 905 (half-up; banker's rounding would give 904).
      const lastMinute = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-06-08',
        checkOut: '2026-06-09',
        guests: 1,
        bookingDate: '2026-06-06',
      });
      expect(lastMinute.nightly[0]).toMatchObject({ exactMinor: '904.5', priceMinor: 905 });
      // 4 days ahead: no last-minute; 2 nights 2010 × 0.875 = 1758.75 → 1759.
      const stay = await quoteStay(tx, {
        propertyId: p.id,
        checkIn: '2026-06-08',
        checkOut: '2026-06-10',
        guests: 1,
        bookingDate: '2026-06-04',
      });
      expect(stay).toMatchObject({ subtotalMinor: 2010, totalMinor: 1759 });
    }));

  it('enforces minimum and maximum stays (calendar overrides included), guests and dates with typed errors', () =>
    ctx.rollback(async (tx) => {
      const p = await propertyA(tx);
      const fail = async (input: Parameters<typeof quoteStay>[1], code: string) => {
        const err = await quoteStay(tx, input).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(QuoteError);
        expect((err as QuoteError).code).toBe(code);
        return err as QuoteError;
      };
      const base = { propertyId: p.id, guests: 2, bookingDate: '2026-06-01' };
      // New Year's Eve needs 3 nights.
      const min = await fail({ ...base, checkIn: '2026-12-30', checkOut: '2027-01-01' }, 'min_nights');
      expect(min.details).toEqual({ nights: 2, minNights: 3 });
      // Booked 46 days ahead (no early bird): Thu 12-31 override 30000; Fri 01-01 and Sat 01-02 weekend
      // 10000 × 1.20 = 12000 each → 54000.
      const ok = await quoteStay(tx, {
        ...base,
        bookingDate: '2026-11-15',
        checkIn: '2026-12-31',
        checkOut: '2027-01-03',
      });
      expect(ok.nightly.map((n) => n.priceMinor)).toEqual([30_000, 12_000, 12_000]);
      expect(ok).toMatchObject({ minNights: 3, totalMinor: 54_000 });
      await fail({ ...base, checkIn: '2026-06-01', checkOut: '2026-06-16' }, 'max_nights');
      await fail({ ...base, guests: 7, checkIn: '2026-06-08', checkOut: '2026-06-09' }, 'guests');
      await fail({ ...base, guests: 0, checkIn: '2026-06-08', checkOut: '2026-06-09' }, 'guests');
      await fail({ ...base, checkIn: '2026-06-08', checkOut: '2026-06-08' }, 'invalid_dates');
      await fail({ ...base, checkIn: '2026-06-10', checkOut: '2026-06-08' }, 'invalid_dates');
      await fail({ ...base, checkIn: '2026-02-30', checkOut: '2026-03-02' }, 'invalid_dates');
      await fail(
        { ...base, bookingDate: '2026-06-09', checkIn: '2026-06-08', checkOut: '2026-06-10' },
        'invalid_dates',
      );
      const draft = await makeProperty(tx, { status: 'draft' });
      await fail(
        { ...base, propertyId: draft.id, checkIn: '2026-06-08', checkOut: '2026-06-09' },
        'not_bookable',
      );
    }));

  it('refuses pricing rules without their thresholds, in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const cases: [Omit<NewPropertyPricing, 'propertyId'>, string][] = [
        [
          { ruleType: 'weekend', adjustmentType: 'percent', adjustmentValue: '10' },
          'property_pricing_weekend_check',
        ],
        [
          { ruleType: 'seasonal', adjustmentType: 'percent', adjustmentValue: '10' },
          'property_pricing_seasonal_check',
        ],
        [
          { ruleType: 'length_of_stay', adjustmentType: 'percent', adjustmentValue: '-10' },
          'property_pricing_length_of_stay_check',
        ],
        [
          { ruleType: 'last_minute', adjustmentType: 'percent', adjustmentValue: '-10' },
          'property_pricing_days_before_check',
        ],
        [
          { ruleType: 'occupancy', adjustmentType: 'fixed', adjustmentValue: '500' },
          'property_pricing_occupancy_check',
        ],
        [
          { ruleType: 'weekend', daysOfWeek: [7], adjustmentType: 'percent', adjustmentValue: '10' },
          'property_pricing_days_of_week_check',
        ],
        [
          { ruleType: 'weekend', daysOfWeek: [5], adjustmentType: 'percent', adjustmentValue: '-150' },
          'property_pricing_adjustment_value_check',
        ],
        [
          { ruleType: 'weekend', daysOfWeek: [5], adjustmentType: 'fixed', adjustmentValue: '10.5' },
          'property_pricing_adjustment_value_check',
        ],
        [
          { ruleType: 'length_of_stay', minNights: 0, adjustmentType: 'percent', adjustmentValue: '-5' },
          'property_pricing_min_nights_check',
        ],
      ];
      for (const [r, rule] of cases) {
        const row = { propertyId: p.id, ...r };
        await refusedByBoth(tx, insertPropertyPricingSchema, row, rule, (sp) =>
          sp.insert(propertyPricing).values(row),
        );
      }
      expect(
        insertPropertyPricingSchema.safeParse({
          propertyId: p.id,
          ruleType: 'weekend',
          daysOfWeek: [5, 6],
          adjustmentType: 'percent',
          adjustmentValue: '12.5',
        }).success,
      ).toBe(true);
    }));

  it('keeps calendar entries to one price each and never overlapping', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const both = {
        propertyId: p.id,
        during: { start: '2026-08-01', end: '2026-08-02' },
        priceOverrideMinor: 5000,
        priceMultiplier: '1.2',
      };
      await refusedByBoth(tx, insertPropertyCalendarSchema, both, 'property_calendar_one_price_check', (sp) =>
        sp.insert(propertyCalendar).values(both),
      );
      const neither = {
        propertyId: p.id,
        during: { start: '2026-08-01', end: '2026-08-02' },
        minStayOverride: 2,
      };
      await refusedByBoth(
        tx,
        insertPropertyCalendarSchema,
        neither,
        'property_calendar_one_price_check',
        (sp) => sp.insert(propertyCalendar).values(neither),
      );
      await tx.insert(propertyCalendar).values({
        propertyId: p.id,
        during: { start: '2026-08-01', end: '2026-08-03' },
        priceMultiplier: '1.2',
      });
      await tx.insert(propertyCalendar).values({
        propertyId: p.id,
        during: { start: '2026-08-03', end: '2026-08-04' },
        priceMultiplier: '2',
      });
      await expectRule(tx, 'property_calendar_no_overlap_excl', (sp) =>
        sp.insert(propertyCalendar).values({
          propertyId: p.id,
          during: { start: '2026-08-02', end: '2026-08-03' },
          priceOverrideMinor: 1,
        }),
      );
    }));
});
