/**
 * Deploys under traffic, on a real server: a transaction that wrote a booking and has not committed holds a
 * lock on `bookings` for as long as it stays open.
 */
import '@touriquest/testing';
import { createDb, MigrationLockError, queryOne, queryRows, runMigrations, sql } from '@touriquest/core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allLogic } from '../src/logic';
import { afterDeploy, migrateDatabase } from '../src/migrate';
import { freshServerDatabase, historyWith } from './helpers';

const serverUrl = inject('serverUrl');

describe.runIf(serverUrl)('migrations under traffic [postgres]', () => {
  let d: Awaited<ReturnType<typeof freshServerDatabase>>;
  let writer: postgres.ReservedSql;
  let writerClient: postgres.Sql;
  let writerPid = 0;
  const removers: (() => void)[] = [];
  const history = (extra: Record<string, string>) => {
    const h = historyWith(extra);
    removers.push(h.remove);
    return h.folder;
  };

  beforeAll(async () => {
    d = await freshServerDatabase();
    await migrateDatabase(d);
    const host = await queryOne<{ id: string }>(
      d.db,
      sql`insert into users (email, username) values ('lock-host@example.com', 'lock_host') returning id`,
    );
    const property = await queryOne<{ id: string }>(
      d.db,
      sql`insert into properties (host_id, type, title, slug, location, max_guests, base_price_minor, currency, status)
          values (${host!.id}, 'apartment', 'Busy flat', 'busy-flat', 'SRID=4326;POINT(2.35 48.85)', 2, 10000, 'EUR', 'active')
          returning id`,
    );
    // The open transaction a busy service leaves behind: one uncommitted booking.
    writerClient = postgres(d.url, { max: 1, onnotice: () => {} });
    writer = await writerClient.reserve();
    await writer`begin`;
    [{ pid: writerPid }] = await writer<{ pid: number }[]>`select pg_backend_pid() as pid`;
    await writer`insert into bookings (property_id, guest_id, check_in, check_out, adults, subtotal_minor, total_minor,
        currency, status, hold_expires_at)
      values (${property!.id}, ${host!.id}, '2027-03-01', '2027-03-03', 1, 20000, 20000, 'EUR', 'pending', now() + interval '1 hour')`;
  }, 120_000);

  afterAll(async () => {
    await writer?.unsafe('rollback').catch(() => {});
    writer?.release();
    await writerClient?.end();
    for (const r of removers) r();
    await d?.drop();
  });

  it('a migration touching only exchange_rates completes at once, without waiting on any lock', async () => {
    const log: string[] = [];
    const report = await runMigrations(d, {
      migrationsFolder: history({
        '9101_rates_source_note': 'alter table exchange_rates add column source_note text;',
      }),
      logic: allLogic,
      afterDeploy,
      lockTimeoutMs: 1000,
      lockRetries: 0,
      log: (l) => log.push(l),
    });
    expect(report.applied).toEqual(['9101_rates_source_note.sql']);
    expect(report.logicApplied).toEqual([]);
    expect(log.filter((l) => /lock timeout/.test(l))).toEqual([]);
  });

  it('one that must alter bookings gives up after its bounded retries, naming the table and the holder; readers never wait longer than one lock_timeout', {
    timeout: 60_000,
  }, async () => {
    const lockTimeoutMs = 800;
    const readers = await createDb({ url: d.url, poolSize: 2 });
    const waits: number[] = [];
    let reading = true;
    const readLoop = (async () => {
      while (reading) {
        const t = performance.now();
        await queryRows(readers.db, sql`select count(*) from bookings`);
        waits.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const log: string[] = [];
    const err = await runMigrations(d, {
      migrationsFolder: history({
        '9101_rates_source_note': 'alter table exchange_rates add column source_note text;',
        '9102_bookings_channel': 'alter table bookings add column channel text;',
      }),
      logic: allLogic,
      afterDeploy,
      lockTimeoutMs,
      lockRetries: 2,
      retryDelayMs: 200,
      log: (l) => log.push(l),
    }).catch((e: unknown) => e);
    reading = false;
    await readLoop;
    await readers.close();

    expect(err).toBeInstanceOf(MigrationLockError);
    const lock = err as MigrationLockError;
    expect(lock.file).toBe('9102_bookings_channel.sql');
    expect(lock.attempts).toBe(3);
    expect(lock.tables).toEqual(['bookings']);
    expect(lock.holders.map((h) => h.pid)).toContain(writerPid);
    expect(lock.message).toMatch(/could not lock table "bookings" within lock_timeout 800 ms \(3 attempts\)/);
    expect(lock.message).toMatch(new RegExp(`pid ${writerPid} holds RowExclusiveLock on "bookings"`));
    expect(lock.message).toMatch(/pg_terminate_backend/);
    expect(log.filter((l) => /lock timeout on bookings, retry/.test(l))).toHaveLength(2);
    // Nothing of it was applied, and status says why.
    const [col] = await queryRows<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from pg_attribute where attrelid = 'bookings'::regclass and attname = 'channel'`,
    );
    expect(col!.n).toBe(0);
    const [failure] = await queryRows<{ error: string }>(
      d.db,
      sql`select error from drizzle.touriquest_migration_failures where tag = '9102_bookings_channel.sql'`,
    );
    expect(failure!.error).toMatch(/could not lock table "bookings"/);
    // Readers queued behind the waiting ALTER for at most one lock_timeout (plus a round trip).
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(lockTimeoutMs + 500);
  });
});
