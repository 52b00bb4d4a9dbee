import { queryOne, toRuleError } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { bookings, bookingsRules, quoteAndCreateBooking } from '../src';
import { bookingRow, makeBooking, makeProperty, makeSchedule, makeUser, uniq } from './fixtures';

/**
 * The rules of issue 11's audit, each on the paths a careless service or an operator's psql session takes:
 * raw INSERT and UPDATE, single row and bulk. The API's paths are tested in api/money/seats tests.
 */
describeEngines('booking rules on every path', (ctx) => {
  async function paidBooking(tx: Parameters<typeof makeBooking>[0]) {
    const p = await makeProperty(tx);
    const g = await makeUser(tx);
    const b = await makeBooking(tx, p.id, g.id);
    const pay = await queryOne<{ id: string }>(
      tx,
      sql`insert into booking_payments (booking_id, amount_minor, currency, method, provider, idempotency_key)
          values (${b.id}, 20000, 'EUR', 'card', 'stripe', ${uniq('pay')}) returning id`,
    );
    await tx.execute(
      sql`insert into payment_transactions (booking_payment_id, kind, amount_minor, currency, provider, provider_transaction_id, idempotency_key)
          values (${pay!.id}, 'charge', 20000, 'EUR', 'stripe', ${uniq('tx')}, ${uniq('ch')})`,
    );
    return { p, g, b, paymentId: pay!.id };
  }

  it('a refund raised by a later UPDATE is held to what was paid; a cancellation stays with its booking', () =>
    ctx.rollback(async (tx) => {
      const { b, g } = await paidBooking(tx);
      await tx.execute(
        sql`insert into booking_cancellations (booking_id, cancelled_by, policy_applied, refund_minor)
            values (${b.id}, ${g.id}, 'moderate', 5000)`,
      );
      await tx.execute(sql`update booking_cancellations set refund_minor = 20000 where booking_id = ${b.id}`);
      const err = await expectRule(tx, 'booking_cancellations_refund_within_paid_check', (sp) =>
        sp.execute(sql`update booking_cancellations set refund_minor = 20001 where booking_id = ${b.id}`),
      );
      expect(toRuleError(err.cause, bookingsRules)?.message).toBe(
        `${bookingsRules.booking_cancellations_refund_within_paid_check.message} (booking_cancellations_refund_within_paid_check)`,
      );
      const other = await paidBooking(tx);
      await expectRule(tx, 'booking_cancellations_booking_fixed_check', (sp) =>
        sp.execute(
          sql`update booking_cancellations set booking_id = ${other.b.id} where booking_id = ${b.id}`,
        ),
      );
    }));

  it('payments are in the booking’s currency, so refunds never sum JPY into a EUR booking', () =>
    ctx.rollback(async (tx) => {
      const { b, paymentId } = await paidBooking(tx);
      await expectRule(tx, 'booking_payments_currency_check', (sp) =>
        sp.execute(
          sql`insert into booking_payments (booking_id, amount_minor, currency, method, provider, idempotency_key)
              values (${b.id}, 2000000, 'JPY', 'card', 'stripe', ${uniq('jpy')})`,
        ),
      );
      await expectRule(tx, 'booking_payments_currency_check', (sp) =>
        sp.execute(sql`update booking_payments set currency = 'JPY' where id = ${paymentId}`),
      );
    }));

  it('captured and refunded money comes from the ledger only; the status has to agree with it', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const b = await makeBooking(tx, p.id, g.id);
      // Inserted "captured" with captured_minor preset: the preset is overwritten (0), so the status is refused.
      await expectRule(tx, 'booking_payments_status_amounts_check', (sp) =>
        sp.execute(
          sql`insert into booking_payments (booking_id, amount_minor, captured_minor, currency, method, provider, status, idempotency_key)
              values (${b.id}, 20000, 20000, 'EUR', 'card', 'stripe', 'captured', ${uniq('cap')})`,
        ),
      );
      const { paymentId } = await paidBooking(tx);
      // A direct UPDATE of the derived amounts keeps the ledger's values (bulk statement too).
      await tx.execute(
        sql`update booking_payments set captured_minor = 1, refunded_minor = 0 where id = ${paymentId}`,
      );
      await tx.execute(
        sql`update booking_payments set captured_minor = captured_minor - 5 where amount_minor > 0`,
      );
      const row = await queryOne<{ captured_minor: string; status: string }>(
        tx,
        sql`select captured_minor::text, status::text from booking_payments where id = ${paymentId}`,
      );
      expect(row).toEqual({ captured_minor: '20000', status: 'captured' });
      await expectRule(tx, 'booking_payments_status_amounts_check', (sp) =>
        sp.execute(sql`update booking_payments set status = 'refunded' where id = ${paymentId}`),
      );
    }));

  it('a negative ledger charge is reported as the amount rule, not as a refund rule', () =>
    ctx.rollback(async (tx) => {
      const { paymentId } = await paidBooking(tx);
      await expectRule(tx, 'payment_transactions_amount_check', (sp) =>
        sp.execute(
          sql`insert into payment_transactions (booking_payment_id, kind, amount_minor, currency, provider, provider_transaction_id, idempotency_key)
              values (${paymentId}, 'charge', -500, 'EUR', 'stripe', ${uniq('tx')}, ${uniq('neg')})`,
        ),
      );
    }));

  it('a total cannot go negative: the discount never exceeds the sum (INSERT, UPDATE, bulk)', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      await expectRule(tx, 'bookings_total_nonnegative_check', (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { discountMinor: 25_000, totalMinor: -5_000 })),
      );
      const b = await makeBooking(tx, p.id, g.id);
      await expectRule(tx, 'bookings_total_nonnegative_check', (sp) =>
        sp.execute(
          sql`update bookings set discount_minor = 30000, total_minor = -10000 where property_id = ${b.propertyId}`,
        ),
      );
    }));

  it('a bulk INSERT … SELECT is judged by every stay rule: one bad row refuses the statement, naming its rule', () =>
    ctx.rollback(async (tx) => {
      const ps = await Promise.all(
        Array.from({ length: 3 }, () => makeProperty(tx, { minNights: 2, maxGuests: 3 })),
      );
      const g = await makeUser(tx);
      const ids = ps.map((p) => p.id).join(',');
      // 30 valid stays over three properties, plus one row of `bad` that breaks a rule.
      const bulk = (bad: ReturnType<typeof sql>) =>
        sql`insert into bookings (property_id, guest_id, check_in, check_out, adults, children, subtotal_minor, total_minor, currency, status, confirmed_at)
            select p, ${g.id}::uuid, date '2027-09-01' + 5 * k, date '2027-09-01' + 5 * k + 2, 2, 0, 20000, 20000, 'EUR', 'confirmed', now()
              from unnest(string_to_array(${ids}, ',')::uuid[]) p, generate_series(0, 9) k
            union all ${bad}`;
      const row = (property: string, guest: string, from: string, nights: number, adults = 1) =>
        sql`select ${property}::uuid, ${guest}::uuid, ${from}::date, ${from}::date + ${nights}::int, ${adults}::smallint, 0::smallint,
                   20000::bigint, 20000::bigint, 'EUR', 'confirmed'::booking_status, now()`;
      const off = await makeUser(tx);
      await tx.execute(sql`update users set status = 'suspended' where id = ${off.id}`);
      const draft = await makeProperty(tx, { status: 'draft' });
      await tx.execute(
        sql`insert into property_availability (property_id, during, status) values (${ps[1]!.id}, '[2027-12-01,2027-12-10)', 'blocked')`,
      );
      const cases = [
        ['bookings_guest_active_check', row(ps[0]!.id, off.id, '2027-11-01', 2)],
        ['bookings_property_bookable_check', row(draft.id, g.id, '2027-11-01', 2)],
        ['bookings_guests_check', row(ps[0]!.id, g.id, '2027-11-01', 2, 4)],
        ['bookings_nights_check', row(ps[2]!.id, g.id, '2027-11-01', 1)],
        ['bookings_nights_check', row(ps[2]!.id, g.id, '2027-11-01', 15)],
        ['bookings_blocked_dates_check', row(ps[1]!.id, g.id, '2027-12-09', 2)],
        ['bookings_no_overlap_excl', row(ps[1]!.id, g.id, '2027-09-02', 2)],
      ] as const;
      for (const [rule, bad] of cases) await expectRule(tx, rule, (sp) => sp.execute(bulk(bad)));
      const none = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from bookings where guest_id = ${g.id}`,
      );
      expect(none!.n).toBe(0);
      // Valid, the whole batch goes in, each confirmed stay announced once in the outbox.
      await tx.execute(bulk(row(ps[0]!.id, g.id, '2027-11-01', 2)));
      const done = await queryOne<{ n: number; events: number }>(
        tx,
        sql`select count(*)::int as n,
                   (select count(*)::int from outbox_events e where e.topic = 'booking.confirmed'
                       and e.aggregate_id in (select id from bookings where guest_id = ${g.id})) as events
              from bookings where guest_id = ${g.id}`,
      );
      expect(done).toEqual({ n: 31, events: 31 });
    }));

  it('a pending booking cannot be written with a lapsed hold, and a lapsed hold cannot be confirmed', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      await expectRule(tx, 'bookings_hold_expired_check', (sp) =>
        sp.execute(
          sql`insert into bookings (property_id, guest_id, check_in, check_out, adults, subtotal_minor, total_minor, currency, status, hold_expires_at)
              values (${p.id}, ${g.id}, '2027-03-10', '2027-03-12', 2, 20000, 20000, 'EUR', 'pending', now() - interval '1 second')`,
        ),
      );
      const b = await makeBooking(tx, p.id, g.id, { status: 'pending' });
      await expectRule(tx, 'bookings_hold_expired_check', (sp) =>
        sp.execute(sql`update bookings set hold_expires_at = now() - interval '1 minute' where id = ${b.id}`),
      );
      // A live hold of 50 ms, then the clock passes it (holds are judged by each statement's own time).
      await tx.execute(
        sql`update bookings set hold_expires_at = statement_timestamp() + interval '50 milliseconds' where id = ${b.id}`,
      );
      await tx.execute(sql`select pg_sleep(0.1)`);
      const err = await expectRule(tx, 'bookings_hold_expired_check', (sp) =>
        sp.execute(sql`update bookings set status = 'confirmed' where id = ${b.id}`),
      );
      expect(toRuleError(err.cause, bookingsRules)?.code).toBe('dates_unavailable');
    }));

  it('a calendar period’s minimum stay holds on raw INSERT and on an UPDATE that moves the dates into it', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, { minNights: 1 });
      const g = await makeUser(tx);
      // Festival week asks for four nights; the property's own minimum is one.
      await tx.execute(
        sql`insert into property_calendar (property_id, during, price_multiplier, min_stay_override)
            values (${p.id}, '[2027-07-01,2027-07-08)', 1.5, 4)`,
      );
      const rule = 'bookings_nights_check';
      await expectRule(tx, rule, (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { checkIn: '2027-07-06', checkOut: '2027-07-08' })),
      );
      // Touching one festival night is enough for the longer minimum.
      await expectRule(tx, rule, (sp) =>
        sp.insert(bookings).values(bookingRow(p.id, g.id, { checkIn: '2027-06-29', checkOut: '2027-07-02' })),
      );
      const ok = await makeBooking(tx, p.id, g.id, { checkIn: '2027-06-20', checkOut: '2027-06-22' });
      await expectRule(tx, rule, (sp) =>
        sp.execute(
          sql`update bookings set check_in = '2027-07-01', check_out = '2027-07-03' where id = ${ok.id}`,
        ),
      );
      await tx.execute(
        sql`update bookings set check_in = '2027-07-01', check_out = '2027-07-05' where id = ${ok.id}`,
      );
    }));

  it('a lapsed hold stands in nobody’s way: a raw booking expires it, a host block is not refused by it', () =>
    ctx.rollback(async (tx) => {
      const g = await makeUser(tx);
      const lapse = async () => {
        const p = await makeProperty(tx);
        const b = await makeBooking(tx, p.id, g.id, { status: 'pending' });
        await tx.execute(
          sql`update bookings set hold_expires_at = statement_timestamp() + interval '50 milliseconds' where id = ${b.id}`,
        );
        return b;
      };
      const forGuest = await lapse();
      const forHost = await lapse();
      const live = await makeBooking(tx, (await makeProperty(tx)).id, g.id, { status: 'pending' });
      await tx.execute(sql`select pg_sleep(0.1)`);
      await tx.execute(sql`insert into bookings (property_id, guest_id, check_in, check_out, adults, subtotal_minor, total_minor, currency, status)
          values (${forGuest.propertyId}, ${g.id}, ${forGuest.checkIn}, ${forGuest.checkOut}, 1, 20000, 20000, 'EUR', 'confirmed')`);
      const status = await queryOne<{ status: string }>(
        tx,
        sql`select status from bookings where id = ${forGuest.id}`,
      );
      expect(status!.status).toBe('expired');
      const block = (propertyId: string, from: string, to: string) =>
        sql`insert into property_availability (property_id, during, status)
            values (${propertyId}, daterange(${from}::date, ${to}::date), 'blocked')`;
      await tx.execute(block(forHost.propertyId, forHost.checkIn, forHost.checkOut));
      await expectRule(tx, 'property_availability_booked_dates_check', (sp) =>
        sp.execute(block(live.propertyId, live.checkIn, live.checkOut)),
      );
    }));

  it('a soft-deleted or suspended guest cannot book a stay or seats', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const gone = await makeUser(tx);
      const suspended = await makeUser(tx);
      await tx.execute(sql`update users set deleted_at = now() where id = ${gone.id}`);
      await tx.execute(sql`update users set status = 'suspended' where id = ${suspended.id}`);
      for (const g of [gone, suspended])
        await expectRule(tx, 'bookings_guest_active_check', (sp) => makeBooking(sp, p.id, g.id));
      const live = await makeUser(tx);
      const b = await makeBooking(tx, p.id, live.id);
      await expectRule(tx, 'bookings_guest_active_check', (sp) =>
        sp.execute(sql`update bookings set guest_id = ${gone.id} where id = ${b.id}`),
      );
      const s = await makeSchedule(tx, 4);
      await expectRule(tx, 'experience_bookings_guest_active_check', (sp) =>
        sp.execute(
          sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
              values (${s.id}, ${gone.id}, 1, 4500, 'EUR')`,
        ),
      );
    }));

  it('booking a soft-deleted property says it was deleted, not that its status is active', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      await tx.execute(sql`update properties set deleted_at = now() where id = ${p.id}`);
      const err = await expectRule(tx, 'bookings_property_bookable_check', (sp) =>
        makeBooking(sp, p.id, g.id),
      );
      expect(err.detail).toMatch(/was deleted/);
      await expect(
        quoteAndCreateBooking(tx, {
          propertyId: p.id,
          guestId: g.id,
          checkIn: '2027-06-01',
          checkOut: '2027-06-03',
          adults: 1,
        } as never),
      ).rejects.toMatchObject({ code: 'not_bookable' });
    }));

  it('draft, paused, archived or soft-deleted experiences sell no seats', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      for (const over of [{ status: 'draft' }, { status: 'paused' }, { status: 'archived' }]) {
        const s = await makeSchedule(tx, 4, over);
        await expectRule(tx, 'experience_bookings_experience_active_check', (sp) =>
          sp.execute(
            sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
                values (${s.id}, ${u.id}, 1, 4500, 'EUR')`,
          ),
        );
      }
      const s = await makeSchedule(tx, 4);
      await tx.execute(
        sql`update experiences set deleted_at = now() where id = (select experience_id from experience_schedules where id = ${s.id})`,
      );
      await expectRule(tx, 'experience_bookings_experience_active_check', (sp) =>
        sp.execute(
          sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
              values (${s.id}, ${u.id}, 1, 4500, 'EUR')`,
        ),
      );
    }));

  it('seats_booked is the database’s: preset at INSERT or rewritten by UPDATE, it keeps the true count', () =>
    ctx.rollback(async (tx) => {
      const s = await makeSchedule(tx, 5);
      const u = await makeUser(tx);
      await tx.execute(
        sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
            values (${s.id}, ${u.id}, 3, 13500, 'EUR')`,
      );
      await tx.execute(sql`update experience_schedules set seats_booked = 0 where id = ${s.id}`);
      const preset = await queryOne<{ id: string; seats_booked: number }>(
        tx,
        sql`insert into experience_schedules (experience_id, starts_at, ends_at, capacity, seats_booked)
            select experience_id, starts_at + interval '1 day', ends_at + interval '1 day', 5, 4
              from experience_schedules where id = ${s.id} returning id, seats_booked`,
      );
      expect(preset?.seats_booked).toBe(0);
      const now = await queryOne<{ seats_booked: number }>(
        tx,
        sql`select seats_booked from experience_schedules where id = ${s.id}`,
      );
      expect(now?.seats_booked).toBe(3);
      // So a capacity-5 schedule never takes more than 5: two more seats fit, a third does not.
      await tx.execute(
        sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
            values (${s.id}, ${u.id}, 2, 9000, 'EUR')`,
      );
      await expectRule(tx, 'experience_bookings_capacity_check', (sp) =>
        sp.execute(
          sql`insert into experience_bookings (schedule_id, user_id, participants, total_minor, currency)
              values (${s.id}, ${u.id}, 1, 4500, 'EUR')`,
        ),
      );
      // Lowering capacity below the booked seats names capacity.
      await expectRule(tx, 'experience_schedules_capacity_below_booked_check', (sp) =>
        sp.execute(sql`update experience_schedules set capacity = 4 where id = ${s.id}`),
      );
    }));
});
