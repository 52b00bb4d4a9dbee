/**
 * NaN and Infinity on the numeric range checks (migration 0008), through raw SQL as an operator's psql session
 * would write them: INSERT and UPDATE, one row and a bulk statement. PostgreSQL sorts NaN above every number,
 * so a lower-bound-only check (`rate > 0`) let it through before.
 */

import { insertSearchIndexSchema } from '@touriquest/content';
import { queryOne, sql } from '@touriquest/core';
import { insertPoiSchema } from '@touriquest/poi';
import { insertPropertySchema } from '@touriquest/properties';
import { describeEngines, expectRule, makeDraftPoi, makeDraftProperty, makeHost } from '@touriquest/testing';
import { describe, expect, it } from 'vitest';

const bad = ['NaN', 'Infinity'] as const;
// numeric(p, s) columns cannot hold Infinity at all (the type refuses it); NaN is what reached their checks.
const badNumeric = ['NaN'] as const;

describeEngines('numeric range checks refuse NaN and Infinity', (ctx) => {
  it('exchange_rates.rate on INSERT (one row and bulk) and UPDATE', () =>
    ctx.rollback(async (tx) => {
      for (const v of badNumeric) {
        await expectRule(tx, 'exchange_rates_rate_check', (sp) =>
          sp.execute(sql`insert into exchange_rates (base_currency, quote_currency, rate, as_of)
                         values ('EUR', 'USD', ${v}::numeric, '2026-02-01')`),
        );
        await expectRule(tx, 'exchange_rates_rate_check', (sp) =>
          sp.execute(sql`insert into exchange_rates (base_currency, quote_currency, rate, as_of)
                         values ('EUR', 'GBP', 0.85, '2026-02-01'), ('EUR', 'JPY', ${v}::numeric, '2026-02-01')`),
        );
      }
      await tx.execute(sql`insert into exchange_rates (base_currency, quote_currency, rate, as_of)
                           values ('EUR', 'USD', 1.08, '2026-02-02')`);
      for (const v of badNumeric)
        await expectRule(tx, 'exchange_rates_rate_check', (sp) =>
          sp.execute(sql`update exchange_rates set rate = ${v}::numeric where as_of = '2026-02-02'`),
        );
    }));

  it('pois.popularity_score, properties.bathrooms, search_index.boost on UPDATE', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const property = await makeDraftProperty(tx, host.id);
      const poi = await makeDraftPoi(tx);
      for (const v of bad) {
        await expectRule(tx, 'pois_popularity_score_check', (sp) =>
          sp.execute(sql`update pois set popularity_score = ${v}::float8 where id = ${poi.id}`),
        );
        await expectRule(tx, 'search_index_boost_check', (sp) =>
          sp.execute(sql`update search_index set boost = ${v}::real where entity_id = ${poi.id}`),
        );
      }
      await expectRule(tx, 'properties_bathrooms_check', (sp) =>
        sp.execute(sql`update properties set bathrooms = 'NaN'::numeric where id = ${property.id}`),
      );
      // Finite values still pass.
      await tx.execute(sql`update pois set popularity_score = 12.5 where id = ${poi.id}`);
      await tx.execute(sql`update properties set bathrooms = 1.5 where id = ${property.id}`);
      const row = await queryOne<{ b: string }>(
        tx,
        sql`select bathrooms::text as b from properties where id = ${property.id}`,
      );
      expect(row!.b).toBe('1.5');
    }));

  it('property_calendar.price_multiplier and a fixed property_pricing adjustment', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const property = await makeDraftProperty(tx, host.id);
      for (const v of badNumeric) {
        await expectRule(tx, 'property_calendar_price_multiplier_check', (sp) =>
          sp.execute(sql`insert into property_calendar (property_id, during, price_multiplier)
                         values (${property.id}, '[2027-01-01,2027-01-02)', ${v}::numeric)`),
        );
        await expectRule(tx, 'property_pricing_adjustment_value_check', (sp) =>
          sp.execute(sql`insert into property_pricing (property_id, name, rule_type, adjustment_type, adjustment_value, days_of_week)
                         values (${property.id}, 'Weekend', 'weekend', 'fixed', ${v}::numeric, '{5,6}')`),
        );
      }
    }));
});

describe('zod refuses the same values first', () => {
  const field = (schema: unknown, key: string) =>
    (schema as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape[key]!;
  it.each([
    ['pois.popularity_score', field(insertPoiSchema, 'popularityScore')],
    ['properties.bathrooms', field(insertPropertySchema, 'bathrooms')],
    ['search_index.boost', field(insertSearchIndexSchema, 'boost')],
  ])('%s: NaN and Infinity fail, a finite value passes', (_name, schema) => {
    expect(schema.safeParse(Number.NaN).success).toBe(false);
    expect(schema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(schema.safeParse(1.5).success).toBe(true);
  });
});
