import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { queryOne } from './raw';
import { currencies, exchangeRates } from './schema/currencies';

/**
 * Convert an amount in `from`'s minor units to `to`'s minor units at `rate` (1 from = rate to), rounding half
 * away from zero to the target's minor unit. Works on strings of the rate so numeric(20,10) keeps its precision.
 */
export function convertMinorUnits(
  amountMinor: number,
  rate: string | number,
  fromMinorUnit: number,
  toMinorUnit: number,
): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError('amounts are integer minor units');
  const [intPart, fracPart = ''] = String(rate).split('.');
  const scale = fracPart.length;
  const rateScaled = BigInt(`${intPart}${fracPart}`);
  // amount × rate × 10^(to − from), with every factor kept as an integer until the final rounding.
  let numerator = BigInt(amountMinor) * rateScaled;
  let denominator = 10n ** BigInt(scale);
  const shift = toMinorUnit - fromMinorUnit;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (abs * 2n + denominator) / (denominator * 2n);
  return Number(negative ? -rounded : rounded);
}

export interface Conversion {
  amountMinor: number;
  currency: string;
  rate: string;
  asOf: string;
}

/**
 * The most recent rate on or before `asOf` (today by default), using the inverse pair when only that is
 * stored. Returns undefined when no rate is known, rather than guessing.
 */
export async function convertMoney(
  db: Db,
  opts: { amountMinor: number; from: string; to: string; asOf?: string },
): Promise<Conversion | undefined> {
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
  if (opts.from === opts.to) return { amountMinor: opts.amountMinor, currency: opts.to, rate: '1', asOf };
  const units = await db
    .select({ code: currencies.code, minorUnit: currencies.minorUnit })
    .from(currencies)
    .where(inArray(currencies.code, [opts.from, opts.to]));
  const minor = new Map(units.map((u) => [u.code, u.minorUnit]));
  if (!minor.has(opts.from) || !minor.has(opts.to))
    throw new RangeError(`unknown currency ${opts.from} or ${opts.to}`);
  const find = (base: string, quote: string) =>
    db
      .select({ rate: exchangeRates.rate, asOf: exchangeRates.asOf })
      .from(exchangeRates)
      .where(
        and(
          eq(exchangeRates.baseCurrency, base),
          eq(exchangeRates.quoteCurrency, quote),
          lte(exchangeRates.asOf, asOf),
        ),
      )
      .orderBy(desc(exchangeRates.asOf))
      .limit(1);
  const [direct] = await find(opts.from, opts.to);
  if (direct) {
    return {
      amountMinor: convertMinorUnits(
        opts.amountMinor,
        direct.rate,
        minor.get(opts.from)!,
        minor.get(opts.to)!,
      ),
      currency: opts.to,
      rate: direct.rate,
      asOf: direct.asOf,
    };
  }
  const [inverse] = await find(opts.to, opts.from);
  if (!inverse) return undefined;
  // Invert in SQL numeric, at the column's own scale, rather than in binary floating point.
  const { rate } = (await queryOne<{ rate: string }>(
    db,
    sql`select (1 / ${inverse.rate}::numeric)::numeric(20,10)::text as rate`,
  ))!;
  return {
    amountMinor: convertMinorUnits(opts.amountMinor, rate, minor.get(opts.from)!, minor.get(opts.to)!),
    currency: opts.to,
    rate,
    asOf: inverse.asOf,
  };
}
