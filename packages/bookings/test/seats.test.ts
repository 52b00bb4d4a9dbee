import { experienceSchedules } from '@touriquest/experiences';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  type TestDb,
} from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { bookExperienceSeats, experienceBookings } from '../src';
import { makeSchedule, makeUser } from './fixtures';

const seats = async (db: TestDb, id: string) =>
  (await db.select().from(experienceSchedules).where(eq(experienceSchedules.id, id)))[0]!;

describeEngines('experience seats', (ctx) => {
  it('keeps seats_booked exact through insert, participant change, cancel and delete, and shows full', () =>
    ctx.rollback(async (tx) => {
      const s = await makeSchedule(tx, 4);
      const u = await makeUser(tx);
      const a = await bookExperienceSeats(tx, {
        scheduleId: s.id,
        userId: u.id,
        participants: 3,
        totalMinor: 13_500,
        currency: 'EUR',
      });
      expect(await seats(tx, s.id)).toMatchObject({ seatsBooked: 3, status: 'open' });
      await tx.update(experienceBookings).set({ participants: 4 }).where(eq(experienceBookings.id, a.id));
      expect(await seats(tx, s.id)).toMatchObject({ seatsBooked: 4, status: 'full' });
      await expect(
        bookExperienceSeats(tx, {
          scheduleId: s.id,
          userId: u.id,
          participants: 1,
          totalMinor: 4_500,
          currency: 'EUR',
        }),
      ).rejects.toMatchObject({ code: 'sold_out', rule: 'experience_bookings_capacity_check' });
      await tx.update(experienceBookings).set({ status: 'cancelled' }).where(eq(experienceBookings.id, a.id));
      expect(await seats(tx, s.id)).toMatchObject({ seatsBooked: 0, status: 'open' });
      const b = await bookExperienceSeats(tx, {
        scheduleId: s.id,
        userId: u.id,
        participants: 2,
        totalMinor: 9_000,
        currency: 'EUR',
      });
      await tx.delete(experienceBookings).where(eq(experienceBookings.id, b.id));
      expect((await seats(tx, s.id)).seatsBooked).toBe(0);
      await expectRule(tx, 'experience_bookings_participants_check', (sp) =>
        sp
          .insert(experienceBookings)
          .values({ scheduleId: s.id, userId: u.id, participants: 0, totalMinor: 0, currency: 'EUR' }),
      );
    }));
});

describeServer('experience seats under concurrency', () => {
  it('sells exactly 10 seats to 50 concurrent buyers of a 10-seat schedule', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 55 });
    try {
      const s = await makeSchedule(scratch.db, 10);
      const buyers = await Promise.all(Array.from({ length: 50 }, () => makeUser(scratch.db)));
      const results = await Promise.allSettled(
        buyers.map((u) =>
          bookExperienceSeats(scratch.db, {
            scheduleId: s.id,
            userId: u.id,
            participants: 1,
            totalMinor: 4_500,
            currency: 'EUR',
          }),
        ),
      );
      const sold = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(sold).toHaveLength(10);
      for (const r of refused) expect(r.reason).toMatchObject({ code: 'sold_out' });
      expect(await seats(scratch.db, s.id)).toMatchObject({ seatsBooked: 10, status: 'full' });
      const rows = await scratch.db
        .select()
        .from(experienceBookings)
        .where(eq(experienceBookings.scheduleId, s.id));
      expect(rows).toHaveLength(10);
    } finally {
      await scratch.drop();
    }
  });
});
