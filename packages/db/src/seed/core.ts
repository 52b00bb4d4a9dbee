import { exchangeRates } from '@touriquest/core';
import { eurRates } from './cities';
import type { SeedModule } from './context';

/** Daily EUR rates for the last 30 days with a small deterministic drift, plus their inverses. */
export const coreSeed: SeedModule = {
  name: 'core: exchange rates',
  needs: ['exchangeRates'],
  async run(ctx) {
    const rows: (typeof exchangeRates.$inferInsert)[] = [];
    const today = new Date(Date.UTC(2026, 0, 1));
    for (let d = 0; d < 30; d++) {
      const day = new Date(today.getTime() - d * 86_400_000).toISOString().slice(0, 10);
      for (const [quote, rate] of Object.entries(eurRates)) {
        const r = rate * (1 + ctx.faker.number.float({ min: -0.01, max: 0.01 }));
        rows.push({
          baseCurrency: 'EUR',
          quoteCurrency: quote,
          rate: r.toFixed(10),
          asOf: day,
          source: 'seed',
        });
        rows.push({
          baseCurrency: quote,
          quoteCurrency: 'EUR',
          rate: (1 / r).toFixed(10),
          asOf: day,
          source: 'seed',
        });
      }
    }
    await ctx.insert(exchangeRates, rows, { returnIds: false });
  },
};
