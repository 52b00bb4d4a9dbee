import type { Db, Range } from '@touriquest/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AdjustmentType, PricingRuleType } from '../constants';
import { type Property, properties } from '../schema/properties';
import { type PropertyCalendarDay, propertyCalendar } from '../schema/property-calendar';
import { type PropertyPricing, propertyPricing } from '../schema/property-pricing';
import { Dec } from './decimal';

export interface QuoteInput {
  propertyId: string;
  /** ISO date of arrival; the first night. */
  checkIn: string;
  /** ISO date of departure; not a night of the stay. */
  checkOut: string;
  guests: number;
  /** The day the guest books (decides last-minute / early-bird); default: today in the property's time zone. */
  bookingDate?: string;
}

export interface QuoteAdjustment {
  ruleId: string;
  ruleType: PricingRuleType;
  adjustmentType: AdjustmentType;
  /** As stored: a percentage (`-10`) or whole minor units (`1500`). */
  adjustmentValue: string;
  /** Exact amounts (decimal strings, minor units) before and after this rule. */
  before: string;
  after: string;
}

export interface QuoteNight {
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  dayOfWeek: number;
  /** The property's base price. */
  baseMinor: number;
  calendar: {
    id: string;
    eventName: string | null;
    priceOverrideMinor: number | null;
    priceMultiplier: string | null;
  } | null;
  /** Per-night rules in the order they were applied. */
  adjustments: QuoteAdjustment[];
  /** Exact price of the night before rounding (decimal string, minor units). */
  exactMinor: string;
  /** Rounded half-up to a whole minor unit, never below 0. */
  priceMinor: number;
}

export interface StayQuote {
  propertyId: string;
  currency: string;
  checkIn: string;
  checkOut: string;
  nights: number;
  guests: number;
  bookingDate: string;
  daysBeforeCheckIn: number;
  /** The minimum stay that applied (property min_nights, or the calendar's overrides). */
  minNights: number;
  maxNights: number | null;
  nightly: QuoteNight[];
  /** Σ nightly priceMinor */
  subtotalMinor: number;
  /** The length-of-stay rule applied to the subtotal, if any. */
  lengthOfStay: (QuoteAdjustment & { amountMinor: number }) | null;
  /** subtotal + length-of-stay adjustment, rounded half-up, never below 0. */
  totalMinor: number;
}

export type QuoteErrorCode =
  | 'invalid_dates'
  | 'property_not_found'
  | 'not_bookable'
  | 'guests'
  | 'min_nights'
  | 'max_nights';

/** Why a stay cannot be quoted; `code` is stable for callers (bookings maps it to its own errors). */
export class QuoteError extends Error {
  override name = 'QuoteError';
  constructor(
    readonly code: QuoteErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function dayNumber(iso: string, field: string): number {
  const t = ISO_DATE.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) {
    throw new QuoteError('invalid_dates', `${field} must be an ISO date (YYYY-MM-DD), got ${iso}`, {
      [field]: iso,
    });
  }
  return t / DAY_MS;
}

const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Today's date where the property is, so "last minute" does not depend on the server's zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const inRange = (r: Range<string> | null, iso: string) =>
  r === null || ((r.start === null || r.start <= iso) && (r.end === null || iso < r.end));

// Tie order between rule types of equal priority, as the pricing rules are listed in the spec.
const typeOrder: PricingRuleType[] = [
  'weekend',
  'seasonal',
  'last_minute',
  'early_bird',
  'occupancy',
  'length_of_stay',
];

function byPriority(a: PropertyPricing, b: PropertyPricing) {
  return (
    a.priority - b.priority ||
    typeOrder.indexOf(a.ruleType) - typeOrder.indexOf(b.ruleType) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Among rules of one type that apply, the most specific wins (tiers do not stack): the longest
 * length-of-stay threshold, the earliest early-bird, the latest last-minute, the largest party size.
 * Weekend and seasonal rules have no threshold: the lowest priority value wins.
 */
function specificity(r: PropertyPricing): number {
  switch (r.ruleType) {
    case 'length_of_stay':
      return -(r.minNights ?? 0);
    case 'early_bird':
      return -(r.daysBeforeCheckin ?? 0);
    case 'last_minute':
      return r.daysBeforeCheckin ?? 0;
    case 'occupancy':
      return -(r.minGuests ?? 0);
    default:
      return 0;
  }
}

function pickPerType(rules: PropertyPricing[]): PropertyPricing[] {
  const best = new Map<PricingRuleType, PropertyPricing>();
  for (const r of rules) {
    const cur = best.get(r.ruleType);
    if (
      !cur ||
      specificity(r) - specificity(cur) < 0 ||
      (specificity(r) === specificity(cur) && byPriority(r, cur) < 0)
    ) {
      best.set(r.ruleType, r);
    }
  }
  return [...best.values()].sort(byPriority);
}

function apply(price: Dec, r: PropertyPricing): [Dec, QuoteAdjustment] {
  const v = Dec.of(r.adjustmentValue);
  const after = r.adjustmentType === 'percent' ? price.applyPercent(v) : price.add(v);
  return [
    after,
    {
      ruleId: r.id,
      ruleType: r.ruleType,
      adjustmentType: r.adjustmentType,
      adjustmentValue: r.adjustmentValue,
      before: price.toString(),
      after: after.toString(),
    },
  ];
}

const roundMinor = (d: Dec) => (d.isNegative() ? 0 : Number(d.roundHalfUp()));

export interface PriceStayInput {
  property: Pick<Property, 'id' | 'basePriceMinor' | 'currency' | 'minNights' | 'maxNights' | 'maxGuests'>;
  rules: PropertyPricing[];
  calendar: PropertyCalendarDay[];
  checkIn: string;
  checkOut: string;
  guests: number;
  bookingDate: string;
}

/**
 * The pricing algorithm, without I/O. Per night: the base price, or the calendar's override, or base ×
 * calendar multiplier; then the applicable per-night rules (weekend by days_of_week, seasonal by date
 * range, last-minute/early-bird by days before check-in, occupancy by guests; at most one per type) in
 * ascending priority, percent compounding and fixed adding; the night is rounded half-up to a whole minor
 * unit (never below 0). The stay: Σ nights, then the most specific length-of-stay rule on the subtotal
 * (a percent of it, or a fixed amount once per stay), rounded half-up again.
 */
export function priceStay(input: PriceStayInput): StayQuote {
  const { property, guests } = input;
  const first = dayNumber(input.checkIn, 'checkIn');
  const end = dayNumber(input.checkOut, 'checkOut');
  const booked = dayNumber(input.bookingDate, 'bookingDate');
  if (end <= first) {
    throw new QuoteError('invalid_dates', 'check-out must be after check-in', {
      checkIn: input.checkIn,
      checkOut: input.checkOut,
    });
  }
  if (booked > first) {
    throw new QuoteError('invalid_dates', 'the booking date cannot be after check-in', {
      bookingDate: input.bookingDate,
      checkIn: input.checkIn,
    });
  }
  if (!Number.isInteger(guests) || guests < 1 || guests > property.maxGuests) {
    throw new QuoteError('guests', `this property hosts 1 to ${property.maxGuests} guests`, {
      guests,
      maxGuests: property.maxGuests,
    });
  }
  const nights = end - first;
  const daysBefore = first - booked;
  const active = input.rules.filter((r) => r.active);

  let minNights = 0;
  const nightly: QuoteNight[] = [];
  for (let day = first; day < end; day++) {
    const date = isoOf(day);
    const dow = new Date(day * DAY_MS).getUTCDay();
    const cal = input.calendar.find((c) => inRange(c.during, date)) ?? null;
    minNights = Math.max(minNights, cal?.minStayOverride ?? property.minNights);

    let price: Dec =
      cal?.priceOverrideMinor != null
        ? Dec.of(cal.priceOverrideMinor)
        : Dec.of(property.basePriceMinor).mul(Dec.of(cal?.priceMultiplier ?? '1'));
    const applicable = active.filter((r) => {
      if (r.ruleType === 'length_of_stay') return false;
      if (!inRange(r.validDuring, date)) return false;
      if (r.daysOfWeek?.length && !r.daysOfWeek.includes(dow)) return false;
      switch (r.ruleType) {
        case 'last_minute':
          return daysBefore <= (r.daysBeforeCheckin ?? -1);
        case 'early_bird':
          return daysBefore >= (r.daysBeforeCheckin ?? Number.POSITIVE_INFINITY);
        case 'occupancy':
          return guests >= (r.minGuests ?? Number.POSITIVE_INFINITY);
        default:
          return true;
      }
    });
    const adjustments: QuoteAdjustment[] = [];
    for (const r of pickPerType(applicable)) {
      const [after, adj] = apply(price, r);
      price = after;
      adjustments.push(adj);
    }
    nightly.push({
      date,
      dayOfWeek: dow,
      baseMinor: property.basePriceMinor,
      calendar: cal && {
        id: cal.id,
        eventName: cal.eventName,
        priceOverrideMinor: cal.priceOverrideMinor,
        priceMultiplier: cal.priceMultiplier,
      },
      adjustments,
      exactMinor: price.toString(),
      priceMinor: roundMinor(price),
    });
  }

  if (nights < minNights) {
    throw new QuoteError('min_nights', `this stay needs at least ${minNights} nights`, { nights, minNights });
  }
  if (property.maxNights !== null && nights > property.maxNights) {
    throw new QuoteError('max_nights', `this property takes stays of at most ${property.maxNights} nights`, {
      nights,
      maxNights: property.maxNights,
    });
  }

  const subtotalMinor = nightly.reduce((s, n) => s + n.priceMinor, 0);
  const los = pickPerType(
    active.filter(
      (r) =>
        r.ruleType === 'length_of_stay' &&
        nights >= (r.minNights ?? Number.POSITIVE_INFINITY) &&
        inRange(r.validDuring, input.checkIn),
    ),
  )[0];
  let totalMinor = subtotalMinor;
  let lengthOfStay: StayQuote['lengthOfStay'] = null;
  if (los) {
    const [after, adj] = apply(Dec.of(subtotalMinor), los);
    totalMinor = roundMinor(after);
    lengthOfStay = { ...adj, amountMinor: totalMinor - subtotalMinor };
  }

  return {
    propertyId: property.id,
    currency: property.currency,
    checkIn: input.checkIn,
    checkOut: input.checkOut,
    nights,
    guests,
    bookingDate: input.bookingDate,
    daysBeforeCheckIn: daysBefore,
    minNights,
    maxNights: property.maxNights,
    nightly,
    subtotalMinor,
    lengthOfStay,
    totalMinor,
  };
}

/**
 * Quote a stay at a property from its pricing rules and calendar. Throws `QuoteError` when the stay is not
 * possible (dates, guests, minimum/maximum nights, listing not active). Run it inside the booking
 * transaction to price exactly what is being booked.
 */
export async function quoteStay(db: Db, input: QuoteInput): Promise<StayQuote> {
  const [property] = await db.select().from(properties).where(eq(properties.id, input.propertyId)).limit(1);
  if (!property) {
    throw new QuoteError('property_not_found', 'no such property', { propertyId: input.propertyId });
  }
  if (property.deletedAt !== null || property.status !== 'active') {
    throw new QuoteError('not_bookable', 'this property is not open for booking', {
      propertyId: property.id,
      status: property.deletedAt ? 'deleted' : property.status,
    });
  }
  // Bad dates become a QuoteError here rather than a SQL error in daterange().
  if (dayNumber(input.checkOut, 'checkOut') <= dayNumber(input.checkIn, 'checkIn')) {
    throw new QuoteError('invalid_dates', 'check-out must be after check-in', {
      checkIn: input.checkIn,
      checkOut: input.checkOut,
    });
  }
  const stay = sql`daterange(${input.checkIn}::date, ${input.checkOut}::date)`;
  // One after the other: inside a transaction both run on the same connection anyway.
  const rules = await db
    .select()
    .from(propertyPricing)
    .where(and(eq(propertyPricing.propertyId, property.id), eq(propertyPricing.active, true)));
  const calendar = await db
    .select()
    .from(propertyCalendar)
    .where(and(eq(propertyCalendar.propertyId, property.id), sql`${propertyCalendar.during} && ${stay}`));
  return priceStay({
    property,
    rules,
    calendar,
    checkIn: input.checkIn,
    checkOut: input.checkOut,
    guests: input.guests,
    bookingDate: input.bookingDate ?? todayIn(property.timezone),
  });
}
