/** Candidate sets shared by several tables' columns. */
import type { ColumnHint } from './index';

/**
 * Time zone columns: IANA names, and the look-alikes PostgreSQL's `at time zone` takes but no zone table
 * lists (a bare offset, a POSIX rule): only names in pg_timezone_names are zones a listing can be in.
 */
export const timezoneHint: ColumnHint = {
  values: [
    'UTC',
    'Europe/Paris',
    'Africa/Casablanca',
    'America/Argentina/Buenos_Aires',
    '+01:00',
    'XYZ+3',
    'Europe/Nowhere',
    '',
    ' ',
  ],
};

/** A currency must name a row of `currencies` (a cross-row rule) and be three capitals (a single-row rule). */
export const currencyHint: ColumnHint = { values: ['EUR', 'MAD', 'JPY', 'eur', 'EU', 'EURO', '', ' EUR'] };
