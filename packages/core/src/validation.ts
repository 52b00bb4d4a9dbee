/**
 * Zod building blocks that mirror the database's CHECKs, so bad input is refused with the same rule before
 * it reaches SQL. Each regex here has a twin in a `<table>_<rule>_check` constraint.
 */
import { z } from 'zod';
import { isValidLonLat } from './geo';
import { jsonbTextBytes, limits } from './limits';

// Same pattern as the users_email_format_check constraint.
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const E164_PATTERN = /^\+[1-9][0-9]{6,14}$/;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
export const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(EMAIL_PATTERN, 'email must look like name@example.com');
export const e164PhoneSchema = z
  .string()
  .regex(E164_PATTERN, 'phone must be in E.164 form, e.g. +212600000000');
// char(n) columns drop trailing blanks on input ('MA ' is stored as 'MA'), so zod trims before it checks.
export const countryCodeSchema = z
  .string()
  .trim()
  .regex(COUNTRY_CODE_PATTERN, 'country_code must be ISO 3166-1 alpha-2, e.g. MA');
export const currencyCodeSchema = z
  .string()
  .trim()
  .regex(CURRENCY_CODE_PATTERN, 'currency must be an ISO 4217 code, e.g. EUR');
export const localeSchema = z
  .string()
  .regex(LOCALE_PATTERN, 'locale must be a BCP 47 tag such as en or fr-FR');
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(SLUG_PATTERN, 'slug must be lower-case words joined by -');
/** An IANA zone, as the listings' `<table>_timezone_check` triggers require; `example` names one in the message. */
export const ianaTimezoneSchema = (example = 'Europe/Paris') =>
  z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, `timezone must be an IANA zone such as ${example}`);

/** drizzle-zod refinements for the SEO columns every listing has (`<table>_meta_title_check`, …). */
export const metaRefinements = {
  metaTitle: (s: z.ZodString) => s.max(70, 'meta title is limited to 70 characters'),
  metaDescription: (s: z.ZodString) => s.max(320, 'meta description is limited to 320 characters'),
};

const TIME_OF_DAY = /^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/;
const END_OF_DAY = /^24:00(:00)?$/;
/** As PostgreSQL's time input reads it: '9:00' is 09:00:00. Output is always HH:MM:SS, as the column shows it. */
const toHms = (t: string) => {
  const [h, m, s] = t.split(':');
  return `${h!.padStart(2, '0')}:${m}:${s ?? '00'}`;
};
/** A time of day that starts something (opening, check-in): 00:00 to 23:59:59; 24:00 is the next day's 00:00. */
export const timeOfDaySchema = z
  .string()
  .regex(TIME_OF_DAY, 'time must be HH:MM or HH:MM:SS between 00:00 and 23:59:59')
  .transform(toHms);
/** A time that ends something (closing, end of quiet hours): may also be 24:00, midnight at the day's end. */
export const endTimeOfDaySchema = z
  .string()
  .refine(
    (t) => TIME_OF_DAY.test(t) || END_OF_DAY.test(t),
    'time must be HH:MM or HH:MM:SS between 00:00 and 24:00',
  )
  .transform(toHms);

const FLOAT4_MAX = 3.4028234663852886e38;
/**
 * Whether `v` survives PostgreSQL's `real` (float4) input: beyond ±3.4e38 overflows, and a nonzero value
 * that rounds to 0 in float4 (below ~1e-45) is refused as an underflow rather than stored as 0.
 */
export const fitsReal = (v: number) => Math.abs(v) <= FLOAT4_MAX && (v === 0 || Math.fround(v) !== 0);
/** A `real` column's number (drizzle-zod bounds real as a 24-bit integer, which refuses 1e7). */
export const realSchema = () => z.number().refine(fitsReal, 'number is out of range for a real (float4)');

/**
 * A numeric(p, 1) amount as the column stores it: PostgreSQL rounds extra decimals half away from zero
 * (1.25 is stored as 1.3), so zod rounds the same way before it checks the range.
 */
export const oneDecimalSchema = (min: number, max: number, what: string) =>
  z
    .number()
    .transform((v) => Math.sign(v) * (Math.round(Number((Math.abs(v) * 10).toPrecision(15))) / 10))
    .pipe(z.number().min(min, `${what} is at least ${min}`).max(max, `${what} is at most ${max}`));

export const minorUnitsSchema = z.number().int('amounts are integer minor units').min(0);
/** A metadata-like jsonb object, bounded as `<table>_<column>_size_check` bounds it (limits.ts). */
export const metadataSchema = z
  .record(z.string(), z.unknown())
  .refine(
    (v) => jsonbTextBytes(v) <= limits.jsonBytes,
    `a JSON object of at most ${limits.jsonBytes} bytes (jsonb text form)`,
  );
/** The same for document-like values (a provider's raw response, a snapshot). */
export const largeJsonObjectSchema = z
  .record(z.string(), z.unknown())
  .refine(
    (v) => jsonbTextBytes(v) <= limits.largeJsonBytes,
    `a JSON object of at most ${limits.largeJsonBytes} bytes (jsonb text form)`,
  );

export const geoPointSchema = z
  .object({ lon: z.number(), lat: z.number() })
  .refine(isValidLonLat, 'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]');

export const dateRangeSchema = z
  .object({ start: z.iso.date().nullable(), end: z.iso.date().nullable() })
  .refine((r) => r.start === null || r.end === null || r.start < r.end, 'range end must be after its start');

/** Overrides for the column-helper columns whose drizzle-zod inference is `any` (custom types). */
export const geolocationOverrides = {
  location: geoPointSchema,
  countryCode: countryCodeSchema,
};
