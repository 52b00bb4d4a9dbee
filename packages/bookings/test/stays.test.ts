import { outboxEvents, queryOne } from '@touriquest/core';
import { propertyAvailability } from '@touriquest/properties';
import { describeEngines, expectRule } from '@touriquest/testing';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bookings, generateBookingReference, insertBookingSchema } from '../src';
import { bookingRow, makeBooking, makeProperty, makeUser } from './fixtures';

describe('booking references', () => {
  it('are TQ- and eight unambiguous characters', () => {
    for (let i = 0; i < 50; i++) expect(generateBookingReference()).toMatch(/^TQ-[0-9A-HJKMNP-TV-Z]{8}$/);
  });
});

describeEngines('stays', (ctx) => {
  it('never lets two pending/confirmed bookings of one property overlap, and allows back-to-back stays', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      await makeBooking(tx, p.id, g.id, { checkIn: '2027-03-10', checkOut: '2027-03-15' });
      const err = await expectRule(tx, 'bookings_no_overlap_excl', (sp) =>
        sp
          .insert(bookings)
          .values(
            bookingRow(p.id, g.id, { checkIn: '2027-03-14', checkOut: '2027-03-16', status: 'pending' }),
          ),
      );
      expect(err.message).toContain('overlap');
      // Check-out day is the next guest's check-in day.
      await makeBooking(tx, p.id, g.id, { checkIn: '2027-03-15', checkOut: '2027-03-17' });
      await makeBooking(tx, p.id, g.id, { checkIn: '2027-03-05', checkOut: '2027-03-10' });
      // Cancelled and expired bookings do not hold dates.
      const other = await makeProperty(tx);
      const c = await makeBooking(tx, other.id, g.id, { checkIn: '2027-04-01', checkOut: '2027-04-03' });
      await tx.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, c.id));
      await makeBooking(tx, other.id, g.id, { checkIn: '2027-04-01', checkOut: '2027-04-03' });
    }));

  it('refuses dates the host blocked, and a block over dates already booked', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      await tx
        .insert(propertyAvailability)
        .values({ propertyId: p.id, during: { start: '2027-05-01', end: '2027-05-05' }, status: 'blocked' });
      await expectRule(tx, 'bookings_blocked_dates_check', (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { checkIn: '2027-05-04', checkOut: '2027-05-06' })),
      );
      await makeBooking(tx, p.id, g.id, { checkIn: '2027-05-05', checkOut: '2027-05-07' });
      await expectRule(tx, 'property_availability_booked_dates_check', (sp) =>
        sp.insert(propertyAvailability).values({
          propertyId: p.id,
          during: { start: '2027-05-06', end: '2027-05-08' },
          status: 'maintenance',
        }),
      );
    }));

  it('keeps nights within the stay limits and guests within max_guests', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, { minNights: 2, maxNights: 5, maxGuests: 3 });
      const g = await makeUser(tx);
      await expectRule(tx, 'bookings_nights_check', (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { checkIn: '2027-06-01', checkOut: '2027-06-02' })),
      );
      await expectRule(tx, 'bookings_nights_check', (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { checkIn: '2027-06-01', checkOut: '2027-06-07' })),
      );
      await expectRule(tx, 'bookings_guests_check', (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { adults: 2, children: 2 })),
      );
      // Infants do not count against max_guests.
      await makeBooking(tx, p.id, g.id, { adults: 2, children: 1, infants: 1 });
      const draft = await makeProperty(tx, { status: 'draft' });
      await expectRule(tx, 'bookings_property_bookable_check', (sp) =>
        sp.insert(bookings).values(bookingRow(draft.id, g.id)),
      );
    }));

  it('zod and the database agree on dates, totals and holds', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const cases = [
        [{ checkIn: '2027-03-12', checkOut: '2027-03-12' }, 'bookings_dates_check'],
        [{ totalMinor: 19_999 }, 'bookings_total_check'],
        [{ status: 'pending' as const, holdExpiresAt: null }, 'bookings_hold_check'],
        [{ adults: 0 }, 'bookings_guests_count_check'],
        // History without its timestamps: a completed stay that was never confirmed, a silent cancellation.
        [
          { checkIn: '2025-03-01', checkOut: '2025-03-03', status: 'completed' as const },
          'bookings_confirmed_at_check',
        ],
        [{ status: 'cancelled' as const }, 'bookings_cancelled_at_check'],
      ] as const;
      for (const [over, rule] of cases) {
        const row = bookingRow(p.id, g.id, over);
        expect(insertBookingSchema.safeParse(row).success, rule).toBe(false);
        await expectRule(tx, rule, (sp) => sp.insert(bookings).values(row));
      }
      expect(insertBookingSchema.safeParse(bookingRow(p.id, g.id)).success).toBe(true);
      // An import that says when it happened is accepted.
      await tx.insert(bookings).values(
        bookingRow(p.id, g.id, {
          checkIn: '2025-03-01',
          checkOut: '2025-03-03',
          status: 'completed',
          confirmedAt: new Date('2025-02-01T10:00:00Z'),
        }),
      );
      await expectRule(tx, 'bookings_currency_currencies_code_fk', (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { currency: 'XYZ' })),
      );
    }));

  it('follows the status state machine and names an illegal transition', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const b = await makeBooking(tx, p.id, g.id, { status: 'pending' });
      const [confirmed] = await tx
        .update(bookings)
        .set({ status: 'confirmed' })
        .where(eq(bookings.id, b.id))
        .returning();
      expect(confirmed).toMatchObject({ holdExpiresAt: null });
      expect(confirmed!.confirmedAt).toBeInstanceOf(Date);
      await tx.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, b.id));
      const err = await expectRule(tx, 'bookings_status_transition_check', (sp) =>
        sp.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, b.id)),
      );
      expect(err.message).toMatch(/completed to cancelled/);
      await expectRule(tx, 'bookings_status_transition_check', (sp) =>
        sp.update(bookings).set({ status: 'pending' }).where(eq(bookings.id, b.id)),
      );
    }));

  it('lets a new booking take the dates of a lapsed hold (expiring it), and sweeps the other lapsed holds', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const other = await makeProperty(tx);
      const g = await makeUser(tx);
      // A hold can only be written live (bookings_hold_expired_check): 50 ms, then the clock passes it.
      const lapse = async (propertyId: string) => {
        const b = await makeBooking(tx, propertyId, g.id, { status: 'pending' });
        await tx.execute(
          sql`update bookings set hold_expires_at = statement_timestamp() + interval '50 milliseconds' where id = ${b.id}`,
        );
        return b;
      };
      const inTheWay = await lapse(p.id);
      const elsewhere = await lapse(other.id);
      await tx.execute(sql`select pg_sleep(0.1)`);
      const status = async (id: string) =>
        (await tx.select({ s: bookings.status }).from(bookings).where(eq(bookings.id, id)))[0]!.s;
      // Unswept, the lapsed hold still reads pending — but it holds nothing: the new stay expires it.
      expect(await status(inTheWay.id)).toBe('pending');
      await makeBooking(tx, p.id, g.id);
      expect(await status(inTheWay.id)).toBe('expired');
      // A live hold still holds.
      const live = await makeBooking(tx, (await makeProperty(tx)).id, g.id, { status: 'pending' });
      await expectRule(tx, 'bookings_no_overlap_excl', (sp) =>
        sp.insert(bookings).values(bookingRow(live.propertyId, g.id)),
      );
      // The sweep expires the lapsed holds nobody needed yet, and leaves live ones alone.
      const row = await queryOne<{ n: number }>(tx, sql`select tq_expire_booking_holds() as n`);
      expect(Number(row!.n)).toBeGreaterThanOrEqual(1);
      expect(await status(elsewhere.id)).toBe('expired');
      expect(await status(live.id)).toBe('pending');
    }));

  it('announces confirmations, cancellations and modifications in the same transaction', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const b = await makeBooking(tx, p.id, g.id, { status: 'pending' });
      const events = () =>
        tx
          .select({ topic: outboxEvents.topic })
          .from(outboxEvents)
          .where(and(eq(outboxEvents.aggregateId, b.id)))
          .orderBy(outboxEvents.seq);
      expect(await events()).toEqual([]);
      // A confirmation rolled back leaves no event behind.
      await tx
        .transaction(async (sp) => {
          await sp.update(bookings).set({ status: 'confirmed' }).where(eq(bookings.id, b.id));
          sp.rollback();
        })
        .catch(() => {});
      expect(await events()).toEqual([]);
      await tx.update(bookings).set({ status: 'confirmed' }).where(eq(bookings.id, b.id));
      await tx
        .update(bookings)
        .set({ checkOut: '2027-03-13', subtotalMinor: 30_000, totalMinor: 30_000 })
        .where(eq(bookings.id, b.id));
      await tx.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, b.id));
      expect((await events()).map((e) => e.topic)).toEqual([
        'booking.confirmed',
        'booking.modified',
        'booking.cancelled',
      ]);
      const [event] = await tx.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, b.id)).limit(1);
      expect(event!.payload).toMatchObject({ reference: b.reference, property_id: p.id });
    }));

  it('gives raw SQL inserts a reference too', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const row = await queryOne<{ reference: string }>(
        tx,
        sql`insert into bookings (guest_id, property_id, check_in, check_out, subtotal_minor, total_minor, currency, status)
            values (${g.id}, ${p.id}, '2027-08-01', '2027-08-03', 100, 100, 'EUR', 'confirmed') returning reference`,
      );
      expect(row!.reference).toMatch(/^TQ-[0-9A-Z]{8}$/);
    }));
});
