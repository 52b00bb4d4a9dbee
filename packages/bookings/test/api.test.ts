import { queryOne } from '@touriquest/core';
import { propertyAvailability } from '@touriquest/properties';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  type TestDb,
} from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  BookingError,
  bookings,
  findAvailableProperties,
  findAvailablePropertiesQuery,
  propertyBookingsInWindow,
  quoteAndCreateBooking,
  upcomingBookingsForUser,
  upcomingBookingsQuery,
} from '../src';
import { makeBooking, makeProperty, makeUser, uniq } from './fixtures';

// Test tables hold a handful of rows, where a scan is honestly cheapest: the planner is told to avoid scans
// and sorts, which shows whether an index can serve the query as it will on a full table.
async function explain(db: TestDb, query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql: text, params } = query.toSQL();
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_sort = off`);
    const raw = (await tx.execute(sql.raw(`explain ${inline(text, params)}`))) as unknown;
    const rows = (Array.isArray(raw) ? raw : (raw as { rows: unknown[] }).rows) as Record<string, string>[];
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
}

function inline(text: string, params: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, i) => {
    const v = params[Number(i) - 1];
    return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });
}

describeEngines('booking API', (ctx) => {
  it('quotes and creates a pending booking that holds the dates, with typed errors', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, { basePriceMinor: 12_000 });
      const g = await makeUser(tx);
      const { booking, quote } = await quoteAndCreateBooking(tx, {
        propertyId: p.id,
        guestId: g.id,
        checkIn: '2027-09-01',
        checkOut: '2027-09-04',
        adults: 2,
        feesMinor: 1_500,
      });
      expect(quote.totalMinor).toBe(36_000);
      expect(booking).toMatchObject({
        status: 'pending',
        subtotalMinor: 36_000,
        totalMinor: 37_500,
        currency: 'EUR',
      });
      expect(booking.holdExpiresAt!.getTime()).toBeGreaterThan(Date.now());
      const clash = await quoteAndCreateBooking(tx, {
        propertyId: p.id,
        guestId: g.id,
        checkIn: '2027-09-03',
        checkOut: '2027-09-05',
        adults: 1,
      }).catch((e: unknown) => e);
      expect(clash).toBeInstanceOf(BookingError);
      expect(clash).toMatchObject({ code: 'dates_unavailable', rule: 'bookings_no_overlap_excl' });
      await tx
        .insert(propertyAvailability)
        .values({ propertyId: p.id, during: { start: '2027-10-01', end: '2027-10-10' }, status: 'blocked' });
      await expect(
        quoteAndCreateBooking(tx, {
          propertyId: p.id,
          guestId: g.id,
          checkIn: '2027-10-02',
          checkOut: '2027-10-04',
          adults: 1,
        }),
      ).rejects.toMatchObject({ code: 'blocked_by_host' });
      await expect(
        quoteAndCreateBooking(tx, {
          propertyId: p.id,
          guestId: g.id,
          checkIn: '2027-11-02',
          checkOut: '2027-11-04',
          adults: 9,
        }),
      ).rejects.toMatchObject({ code: 'guests_exceed_capacity' });
      await expect(
        quoteAndCreateBooking(tx, {
          propertyId: p.id,
          guestId: 'nope',
          checkIn: '2027-11-02',
          checkOut: '2027-11-04',
          adults: 1,
        }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }));

  it('finds properties free for the dates, excluding booked and blocked ones', () =>
    ctx.rollback(async (tx) => {
      const city = uniq('City');
      const free = await makeProperty(tx, { city, basePriceMinor: 9_000 });
      const booked = await makeProperty(tx, { city, basePriceMinor: 8_000 });
      const blocked = await makeProperty(tx, { city, basePriceMinor: 7_000 });
      const small = await makeProperty(tx, { city, maxGuests: 1 });
      const g = await makeUser(tx);
      await makeBooking(tx, booked.id, g.id, { checkIn: '2027-07-09', checkOut: '2027-07-11' });
      await tx.insert(propertyAvailability).values({
        propertyId: blocked.id,
        during: { start: '2027-07-10', end: '2027-07-11' },
        status: 'maintenance',
      });
      const hits = await findAvailableProperties(tx, {
        city,
        checkIn: '2027-07-10',
        checkOut: '2027-07-12',
        guests: 2,
      });
      expect(hits.map((h) => h.id)).toEqual([free.id]);
      // Back-to-back with the existing booking is free.
      const later = await findAvailableProperties(tx, {
        city,
        checkIn: '2027-07-11',
        checkOut: '2027-07-13',
        guests: 2,
      });
      expect(later.map((h) => h.id)).toEqual([blocked.id, booked.id, free.id]);
      expect(later.map((h) => h.id)).not.toContain(small.id);
      const near = await findAvailableProperties(tx, {
        near: { lon: -7.9811, lat: 31.6295, radiusKm: 1 },
        checkIn: '2027-07-10',
        checkOut: '2027-07-12',
        guests: 2,
        currency: 'EUR',
        maxPriceMinor: 9_000,
      });
      expect(near.map((h) => h.id)).toContain(free.id);
      expect(near.map((h) => h.id)).not.toContain(booked.id);
    }));

  it("lists a guest's upcoming bookings and a property's bookings in a window", () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const b1 = await makeBooking(tx, p.id, g.id, { checkIn: '2027-02-01', checkOut: '2027-02-03' });
      const b2 = await makeBooking(tx, p.id, g.id, { checkIn: '2027-01-10', checkOut: '2027-01-12' });
      await makeBooking(tx, p.id, g.id, {
        checkIn: '2026-01-10',
        checkOut: '2026-01-12',
        status: 'completed',
        confirmedAt: new Date('2025-12-01T10:00:00Z'),
      });
      const upcoming = await upcomingBookingsForUser(tx, g.id, { from: '2026-12-01' });
      expect(upcoming.map((b) => b.id)).toEqual([b2.id, b1.id]);
      const window = await propertyBookingsInWindow(tx, p.id, '2027-01-01', '2027-02-01');
      expect(window.map((b) => b.id)).toEqual([b2.id]);
    }));
});

describeServer('booking access paths use their indexes', (ctx) => {
  it('availability search probes the exclusion constraints and the location index', async () => {
    const plan = await explain(
      ctx.db,
      findAvailablePropertiesQuery(ctx.db, {
        near: { lon: -7.98, lat: 31.63, radiusKm: 5 },
        checkIn: '2027-07-10',
        checkOut: '2027-07-12',
        guests: 2,
      }),
    );
    expect(plan).toContain('properties_location_idx');
    expect(plan).toContain('bookings_no_overlap_excl');
    expect(plan).toContain('property_availability_no_overlap_excl');
  });

  it("a guest's upcoming bookings and a property's window use their btree indexes", async () => {
    const g = '01900000-0000-7000-8000-000000000000';
    expect(await explain(ctx.db, upcomingBookingsQuery(ctx.db, g, { from: '2027-01-01' }))).toContain(
      'bookings_guest_id_check_in_idx',
    );
    expect(await explain(ctx.db, propertyBookingsInWindow(ctx.db, g, '2027-01-01', '2027-02-01'))).toContain(
      'bookings_property_id_check_in_idx',
    );
  });
});

describeServer('double booking under concurrency', () => {
  it('lets exactly one of 32 concurrent overlapping bookings through', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 40 });
    try {
      const p = await makeProperty(scratch.db);
      const guests = await Promise.all(Array.from({ length: 32 }, () => makeUser(scratch.db)));
      const results = await Promise.allSettled(
        guests.map((g, i) =>
          quoteAndCreateBooking(scratch.db, {
            propertyId: p.id,
            guestId: g.id,
            checkIn: `2027-08-${String(10 + (i % 3)).padStart(2, '0')}`,
            checkOut: '2027-08-14',
            adults: 1,
          }),
        ),
      );
      const ok = results.filter((r) => r.status === 'fulfilled');
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(ok).toHaveLength(1);
      expect(failed).toHaveLength(31);
      for (const f of failed)
        expect(f.reason).toMatchObject({ code: 'dates_unavailable', rule: 'bookings_no_overlap_excl' });
      const rows = await scratch.db.select().from(bookings).where(eq(bookings.propertyId, p.id));
      expect(rows).toHaveLength(1);
    } finally {
      await scratch.drop();
    }
  });
});

describeServer('instant book under concurrency', (ctx) => {
  it('16 guests racing for overlapping nights of an instant-book property: one confirmed winner per round, every loser dates_unavailable, no deadlock', {
    timeout: 120_000,
  }, async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 20 });
    try {
      const { name } = (await queryOne<{ name: string }>(
        scratch.db,
        sql`select current_database() as name`,
      ))!;
      // Read from another database's session: the scratch pool's backends flush their statistics on exit.
      const deadlocks = async () =>
        Number(
          (
            await queryOne<{ n: string }>(
              ctx.db,
              sql`select deadlocks::text as n from pg_stat_database where datname = ${name}`,
            )
          )?.n ?? 0,
        );
      const p = await makeProperty(scratch.db, { instantBook: true, maxNights: 30 });
      const guests = await Promise.all(Array.from({ length: 16 }, () => makeUser(scratch.db)));
      const before = await deadlocks();
      for (let round = 0; round < 12; round++) {
        const month = String(1 + round).padStart(2, '0');
        const results = await Promise.allSettled(
          guests.map((g, i) =>
            quoteAndCreateBooking(scratch.db, {
              propertyId: p.id,
              guestId: g.id,
              checkIn: `2028-${month}-${String(5 + (i % 4)).padStart(2, '0')}`,
              checkOut: `2028-${month}-${String(10 + (i % 3)).padStart(2, '0')}`,
              adults: 1,
            }),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        expect(won, `round ${round}`).toHaveLength(1);
        expect((won[0] as PromiseFulfilledResult<{ booking: { status: string } }>).value.booking.status).toBe(
          'confirmed',
        );
        for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected'))
          expect(r.reason).toMatchObject({ code: 'dates_unavailable', rule: 'bookings_no_overlap_excl' });
      }
      const rows = await scratch.db.select().from(bookings).where(eq(bookings.propertyId, p.id));
      expect(rows).toHaveLength(12);
      expect(rows.every((r) => r.status === 'confirmed' && r.holdExpiresAt === null)).toBe(true);
      // Deadlocks would be retried inside the API, so only the server's own counter can prove there were none.
      await scratch.close();
      await new Promise((r) => setTimeout(r, 500)); // the backends' exit, where they flush statistics
      expect((await deadlocks()) - before).toBe(0);
    } finally {
      await scratch.drop();
    }
  });
});
