/**
 * Write costs at platform size: what the audit triggers add to an insert and a one-column update of
 * properties, and what every booking rule adds to a booking insert. Median of 5 interleaved rounds of 2,000
 * rows each, every round in a transaction that is rolled back, so the loaded data stays as it was.
 */
import type postgres from 'postgres';
import { bookingsSql, propertiesSql } from './load-sql';
import { percentile } from './measure';
import type { Volumes } from './volumes';

export interface WriteCosts {
  rows: number;
  auditedInsertOverPlain: number;
  auditedUpdateOverPlain: number;
  /** every trigger on ÷ the same insert with bookings' triggers disabled (constraints and indexes kept) */
  bookingInsertOverNoTriggers: number;
  /** ÷ the same rows into a bare copy of bookings: no triggers, constraints or indexes */
  bookingInsertOverBareTable: number;
  medianMs: Record<string, number>;
}

class RollBack extends Error {}

async function rolledBack(pool: postgres.Sql, body: (tx: postgres.TransactionSql) => Promise<void>) {
  await pool.begin(body).catch((e: unknown) => {
    if (!(e instanceof RollBack)) throw e;
  });
}

async function timed(tx: postgres.TransactionSql, sql: string): Promise<number> {
  const t0 = performance.now();
  await tx.unsafe(sql);
  return performance.now() - t0;
}

export async function measureWrites(
  pool: postgres.Sql,
  v: Volumes,
  activeProperties: number,
  n = 2_000,
): Promise<WriteCosts> {
  const t: Record<string, number[]> = {};
  const add = (k: string, x: number) => {
    t[k] = [...(t[k] ?? []), x];
  };
  // New rows numbered past the loaded ones: fresh slugs, and booking slots after every loaded stay.
  const newProperties = propertiesSql(v.properties + 1, v.properties + n, v);
  const slot = 8 * activeProperties;
  const newBookings = bookingsSql(slot + 1, slot + n, v, activeProperties);
  const update = `update properties set base_price_minor = base_price_minor + 100
                   where id in (select id from bench.properties where n <= ${n})`;
  for (let round = 0; round < 5; round++) {
    for (const audited of round % 2 ? [true, false] : [false, true]) {
      await rolledBack(pool, async (tx) => {
        if (!audited)
          await tx.unsafe(`alter table properties disable trigger properties_audit_insert_trg;
                           alter table properties disable trigger properties_audit_update_trg`);
        const kind = audited ? 'audited' : 'plain';
        add(`propertiesInsert.${kind}`, await timed(tx, newProperties));
        add(`propertiesUpdate.${kind}`, await timed(tx, update));
        throw new RollBack();
      });
    }
    await rolledBack(pool, async (tx) => {
      add('bookingsInsert.allTriggers', await timed(tx, newBookings));
      throw new RollBack();
    });
    await rolledBack(pool, async (tx) => {
      await tx.unsafe('alter table bookings disable trigger user');
      add('bookingsInsert.noTriggers', await timed(tx, newBookings));
      throw new RollBack();
    });
    await rolledBack(pool, async (tx) => {
      await tx.unsafe(`create temp table bare_bookings (like bookings including defaults) on commit drop`);
      add(
        'bookingsInsert.bareTable',
        await timed(tx, newBookings.replace('insert into bookings', 'insert into bare_bookings')),
      );
      throw new RollBack();
    });
  }
  const med = Object.fromEntries(
    Object.entries(t).map(([k, xs]) => [k, Math.round(percentile(xs, 50) * 10) / 10]),
  );
  const ratio = (a: string, b: string) => +(med[a]! / med[b]!).toFixed(2);
  return {
    rows: n,
    auditedInsertOverPlain: ratio('propertiesInsert.audited', 'propertiesInsert.plain'),
    auditedUpdateOverPlain: ratio('propertiesUpdate.audited', 'propertiesUpdate.plain'),
    bookingInsertOverNoTriggers: ratio('bookingsInsert.allTriggers', 'bookingsInsert.noTriggers'),
    bookingInsertOverBareTable: ratio('bookingsInsert.allTriggers', 'bookingsInsert.bareTable'),
    medianMs: med,
  };
}
