/**
 * Search results you can book: for random worlds of properties (status, soft delete, stay limits, guest
 * limits, time zones, calendar minimum-stay overrides, host blocks, confirmed bookings, live and lapsed holds)
 * and random stays, `findAvailableProperties` returns exactly the properties where `quoteAndCreateBooking`
 * then accepts the same stay — nothing it returns refuses, nothing it leaves out would have been accepted.
 */
import { properties, propertyAvailability, propertyCalendar } from '@touriquest/properties';
import { describeEngines, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { BookingError, findAvailableProperties, quoteAndCreateBooking } from '../src';
import { makeBooking, makeProperty, makeUser, uniq } from './fixtures';

const DAY_MS = 86_400_000;
/** Day `n` from today (UTC) as an ISO date; stays start from yesterday so every time zone's "today" is met. */
const day = (n: number) => new Date(Date.now() + n * DAY_MS).toISOString().slice(0, 10);

const span = fc.record({ from: fc.integer({ min: -1, max: 14 }), nights: fc.integer({ min: 1, max: 6 }) });
const propertyArb = fc.record({
  status: fc.constantFrom('active', 'active', 'active', 'draft', 'suspended', 'archived'),
  deleted: fc.constantFrom(false, false, false, true),
  minNights: fc.integer({ min: 1, max: 3 }),
  maxNights: fc.option(fc.integer({ min: 3, max: 6 }), { nil: null }),
  maxGuests: fc.integer({ min: 1, max: 5 }),
  // UTC+14 and UTC−11: "today" differs from UTC's by a day either way at most hours of the day.
  timezone: fc.constantFrom('UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
  minStayOverride: fc.option(fc.record({ at: span, nights: fc.integer({ min: 1, max: 5 }) }), { nil: null }),
  block: fc.option(span, { nil: null }),
  stays: fc.array(fc.record({ at: span, kind: fc.constantFrom('confirmed', 'hold', 'lapsed') }), {
    maxLength: 2,
  }),
});
const worldArb = fc.record({
  properties: fc.array(propertyArb, { minLength: 3, maxLength: 6 }),
  searches: fc.array(fc.record({ at: span, guests: fc.integer({ min: 1, max: 5 }) }), {
    minLength: 4,
    maxLength: 6,
  }),
});

type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;
const rollback = new Error('rolled back on purpose');

async function build(tx: TestDb, world: World) {
  const city = uniq('Searchtown');
  const guest = await makeUser(tx);
  const ids: string[] = [];
  let lapsing = false;
  for (const w of world.properties) {
    const p = await makeProperty(tx, {
      city,
      status: 'active',
      minNights: w.minNights,
      maxNights: w.maxNights === null ? null : Math.max(w.maxNights, w.minNights),
      maxGuests: w.maxGuests,
      timezone: w.timezone,
    });
    ids.push(p.id);
    const range = (s: { from: number; nights: number }) => ({
      start: day(s.from),
      end: day(s.from + s.nights),
    });
    if (w.minStayOverride)
      await tx.insert(propertyCalendar).values({
        propertyId: p.id,
        during: range(w.minStayOverride.at),
        minStayOverride: w.minStayOverride.nights,
        priceMultiplier: '1.2000', // a calendar period prices its nights; this one also asks for a longer stay
      });
    if (w.block)
      await tx
        .insert(propertyAvailability)
        .values({ propertyId: p.id, during: range(w.block), status: 'blocked' })
        .onConflictDoNothing();
    for (const s of w.stays) {
      const stay = { checkIn: day(s.at.from), checkOut: day(s.at.from + s.at.nights) };
      // Written straight to the table: the world may break stay limits that only new bookings obey.
      await tx
        .transaction(async (sp) => {
          try {
            await makeBooking(sp, p.id, guest.id, {
              ...stay,
              adults: 1,
              status: s.kind === 'confirmed' ? 'confirmed' : 'pending',
              // A lapsing hold ends 300 ms from now; the sleep below lets it lapse, unswept.
              holdExpiresAt:
                s.kind === 'confirmed'
                  ? null
                  : new Date(Date.now() + (s.kind === 'hold' ? 15 * 60_000 : 300)),
            });
            lapsing ||= s.kind === 'lapsed';
          } catch {
            throw rollback; // overlapping another stay, blocked, too long…: this world simply has no such stay
          }
        })
        .catch((e) => {
          if (e !== rollback) throw e;
        });
    }
    if (w.status !== 'active' || w.deleted)
      await tx
        .update(properties)
        .set({ status: w.status as 'draft', deletedAt: w.deleted ? new Date() : null })
        .where(eq(properties.id, p.id));
  }
  if (lapsing) await tx.execute(sql`select pg_sleep(0.35)`);
  return { city, ids };
}

/** Whether the booking API takes the stay; rolled back either way, so the world stays as it was. */
async function books(tx: TestDb, propertyId: string, guestId: string, stay: Stay): Promise<string> {
  try {
    await tx.transaction(async (sp) => {
      await quoteAndCreateBooking(sp, { propertyId, guestId, ...stay, adults: stay.guests });
      throw rollback;
    });
  } catch (e) {
    if (e === rollback) return 'booked';
    if (e instanceof BookingError) return e.code;
    throw e;
  }
  return 'unreachable';
}

interface Stay {
  checkIn: string;
  checkOut: string;
  guests: number;
}

describeEngines('search results you can book', (ctx) => {
  it('returns exactly the properties that then accept the same stay (fast-check)', () =>
    fc.assert(
      fc.asyncProperty(worldArb, (world) =>
        ctx.rollback(async (tx) => {
          const { city, ids } = await build(tx, world);
          const guest = await makeUser(tx);
          for (const s of world.searches) {
            const stay = {
              checkIn: day(s.at.from),
              checkOut: day(s.at.from + s.at.nights),
              guests: s.guests,
            };
            const found = await findAvailableProperties(tx, { city, ...stay, limit: 100 });
            const returned = new Set(found.map((p) => p.id));
            const mismatches: string[] = [];
            // One at a time: the attempts are savepoints of one transaction.
            for (const id of ids) {
              const verdict = await books(tx, id, guest.id, stay);
              if (returned.has(id) !== (verdict === 'booked'))
                mismatches.push(
                  `${id}: search ${returned.has(id) ? 'returned' : 'left out'}, booking ${verdict}`,
                );
            }
            expect(mismatches, `stay ${JSON.stringify(stay)}`).toEqual([]);
          }
        }),
      ),
      { numRuns: 12 },
    ));
});
