import { describeEngines, expectRule } from '@touriquest/testing';
import { describe, expect, it } from 'vitest';
import { convertMinorUnits, convertMoney, exchangeRates } from '../src';

describe('convertMinorUnits', () => {
  it('converts between currencies with different minor units, rounding half away from zero', () => {
    // 100.00 EUR at 1.0850 USD/EUR = 108.50 USD
    expect(convertMinorUnits(10_000, '1.0850000000', 2, 2)).toBe(10_850);
    // 100.00 EUR at 162.345 JPY/EUR = 16 234.5 JPY → 16 235 (JPY has no minor unit)
    expect(convertMinorUnits(10_000, '162.345', 2, 0)).toBe(16_235);
    // 1 000 JPY at 0.0061599 EUR/JPY = 6.1599 EUR → 6.16
    expect(convertMinorUnits(1_000, '0.0061599', 0, 2)).toBe(616);
    // 10.000 KWD (3 decimals) at 3.25 USD/KWD = 32.50 USD
    expect(convertMinorUnits(10_000, '3.25', 3, 2)).toBe(3_250);
    expect(convertMinorUnits(-5, '0.5', 2, 2)).toBe(-3);
  });

  it('refuses fractional minor units', () => {
    expect(() => convertMinorUnits(10.5, '1', 2, 2)).toThrow(/integer minor units/);
  });
});

describeEngines('exchange rates', (ctx) => {
  it('uses the latest rate on or before the date, or the inverse pair', () =>
    ctx.rollback(async (tx) => {
      await tx.insert(exchangeRates).values([
        { baseCurrency: 'EUR', quoteCurrency: 'MAD', rate: '10.8000000000', asOf: '2026-11-01' },
        { baseCurrency: 'EUR', quoteCurrency: 'MAD', rate: '11.0000000000', asOf: '2026-11-20' },
      ]);
      expect(
        await convertMoney(tx, { amountMinor: 10_000, from: 'EUR', to: 'MAD', asOf: '2026-11-10' }),
      ).toMatchObject({
        amountMinor: 108_000,
        asOf: '2026-11-01',
      });
      expect(
        await convertMoney(tx, { amountMinor: 10_000, from: 'EUR', to: 'MAD', asOf: '2026-11-25' }),
      ).toMatchObject({
        amountMinor: 110_000,
      });
      // 1 100.00 MAD at 1/11 EUR/MAD = 100.00 EUR
      expect(
        await convertMoney(tx, { amountMinor: 110_000, from: 'MAD', to: 'EUR', asOf: '2026-11-25' }),
      ).toMatchObject({
        amountMinor: 10_000,
      });
      expect(
        await convertMoney(tx, { amountMinor: 1, from: 'EUR', to: 'JPY', asOf: '2026-11-25' }),
      ).toBeUndefined();
    }));

  it('refuses a non-positive rate, a pair of one currency, and a duplicate day', () =>
    ctx.rollback(async (tx) => {
      await expectRule(tx, 'exchange_rates_rate_check', (sp) =>
        sp
          .insert(exchangeRates)
          .values({ baseCurrency: 'EUR', quoteCurrency: 'USD', rate: '0', asOf: '2026-11-01' }),
      );
      await expectRule(tx, 'exchange_rates_distinct_currencies_check', (sp) =>
        sp
          .insert(exchangeRates)
          .values({ baseCurrency: 'EUR', quoteCurrency: 'EUR', rate: '1', asOf: '2026-11-01' }),
      );
      const row = { baseCurrency: 'EUR', quoteCurrency: 'USD', rate: '1.08', asOf: '2026-11-01' };
      await tx.insert(exchangeRates).values(row);
      await expectRule(tx, 'exchange_rates_pkey', (sp) => sp.insert(exchangeRates).values(row));
      await expectRule(tx, /exchange_rates_base_currency_currencies_code_fk/, (sp) =>
        sp.insert(exchangeRates).values({ ...row, baseCurrency: 'XXY' }),
      );
    }));
});
