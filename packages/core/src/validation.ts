/**
 * Zod building blocks that mirror the database's CHECKs, so bad input is refused with the same rule before
 * it reaches SQL. Each regex here has a twin in a `<table>_<rule>_check` constraint.
 */
import { z } from 'zod';
import { isValidLonLat } from './geo';

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
export const countryCodeSchema = z
  .string()
  .regex(COUNTRY_CODE_PATTERN, 'country_code must be ISO 3166-1 alpha-2, e.g. MA');
export const currencyCodeSchema = z
  .string()
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

export const minorUnitsSchema = z.number().int('amounts are integer minor units').min(0);
export const metadataSchema = z.record(z.string(), z.unknown());

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
