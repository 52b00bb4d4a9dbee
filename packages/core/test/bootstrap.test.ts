import { describeEngines, expectRule } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { currencies, queryRows } from '../src';

describeEngines('bootstrap', (ctx) => {
  it('generates time-ordered version-7 uuids in SQL', () =>
    ctx.rollback(async (tx) => {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`select uuid_generate_v7()::text as id from generate_series(1, 50) g`,
      );
      for (const { id } of rows)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const [{ ms }] = await queryRows<{ ms: string }>(
        tx,
        sql`select ('x' || substr(replace(uuid_generate_v7()::text, '-', ''), 1, 12))::bit(48)::bigint::text as ms`,
      );
      expect(Math.abs(Number(ms) - Date.now())).toBeLessThan(60_000);
    }));

  it('seeds ISO 4217 currencies with their minor units', () =>
    ctx.rollback(async (tx) => {
      const [eur] = await tx.select().from(currencies).where(eq(currencies.code, 'EUR'));
      expect(eur).toMatchObject({ name: 'Euro', minorUnit: 2 });
      const [jpy] = await tx.select().from(currencies).where(eq(currencies.code, 'JPY'));
      expect(jpy?.minorUnit).toBe(0);
      const [kwd] = await tx.select().from(currencies).where(eq(currencies.code, 'KWD'));
      expect(kwd?.minorUnit).toBe(3);
      const [{ n }] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from currencies`);
      expect(n).toBeGreaterThan(150);
    }));

  it('refuses a currency code that is not three capital letters', () =>
    ctx.rollback(async (tx) => {
      await expectRule(tx, 'currencies_code_check', (sp) =>
        sp.insert(currencies).values({ code: 'eu1', name: 'bad', minorUnit: 2 }),
      );
    }));
});
