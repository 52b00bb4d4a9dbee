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

/**
 * Pending on the time zone change (checks against pg_timezone_names): until it lands, the listings'
 * `<table>_timezone_check` triggers take whatever `at time zone` takes, zod only IANA names.
 */
export const timezonePending = {
  columns: ['timezone'],
  values: ['+01:00', 'XYZ+3'],
  name: "timezone '+01:00' and 'XYZ+3' are refused by the database (pending: time zones checked against pg_timezone_names)",
};

/** A currency must name a row of `currencies` (a cross-row rule) and be three capitals (a single-row rule). */
export const currencyHint: ColumnHint = { values: ['EUR', 'MAD', 'JPY', 'eur', 'EU', 'EURO', '', ' EUR'] };
