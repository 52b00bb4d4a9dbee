import { sql } from 'drizzle-orm';
import { char, check, date, index, numeric, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../columns-base';

/** ISO 4217 currencies; seeded by the migrations, referenced by every money column. */
export const currencies = pgTable(
  'currencies',
  {
    code: char({ length: 3 }).primaryKey(),
    name: text().notNull(),
    minorUnit: smallint().notNull(),
    symbol: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    check('currencies_code_check', sql`${t.code} ~ '^[A-Z]{3}$'`),
    check('currencies_minor_unit_check', sql`${t.minorUnit} between 0 and 4`),
  ],
);

/** Daily exchange rates: 1 `base_currency` = `rate` `quote_currency`. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    baseCurrency: char({ length: 3 })
      .notNull()
      .references(() => currencies.code),
    quoteCurrency: char({ length: 3 })
      .notNull()
      .references(() => currencies.code),
    rate: numeric({ precision: 20, scale: 10 }).notNull(),
    asOf: date({ mode: 'string' }).notNull(),
    source: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    // One rate per pair and day is the row's identity (doctor flags tables without a primary key).
    primaryKey({ name: 'exchange_rates_pkey', columns: [t.baseCurrency, t.quoteCurrency, t.asOf] }),
    // < 'Infinity' also refuses NaN, which PostgreSQL sorts above every number (so NaN > 0 holds).
    check('exchange_rates_rate_check', sql`${t.rate} > 0 and ${t.rate} < 'Infinity'`),
    check('exchange_rates_distinct_currencies_check', sql`${t.baseCurrency} <> ${t.quoteCurrency}`),
    index('exchange_rates_quote_currency_idx').on(t.quoteCurrency),
  ],
);
