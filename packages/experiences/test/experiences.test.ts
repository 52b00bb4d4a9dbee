import { describeEngines, expectRule, type TestDb } from '@touriquest/testing';
import { users } from '@touriquest/users/schema';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { experienceCategories, experienceSchedules, experiences, type NewExperience } from '../src';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let seq = 0;
const uniq = (p: string) => `${p}-${run}-${++seq}`;

async function makeExperience(db: TestDb, over: Partial<NewExperience> = {}) {
  const [u] = await db
    .insert(users)
    .values({ email: `${uniq('h')}@example.com`, username: uniq('h').replace(/-/g, '_').slice(0, 30) })
    .returning();
  const [c] = await db
    .insert(experienceCategories)
    .values({ slug: uniq('cat'), name: 'Tours' })
    .returning();
  const [e] = await db
    .insert(experiences)
    .values({
      hostId: u!.id,
      title: 'Medina food walk',
      slug: uniq('food-walk'),
      categoryId: c!.id,
      location: { lon: -7.9891, lat: 31.6258 },
      countryCode: 'MA',
      durationMinutes: 180,
      minParticipants: 2,
      maxParticipants: 10,
      priceMinor: 45_00,
      currency: 'EUR',
      ...over,
    })
    .returning();
  return e!;
}

describeEngines('experiences and schedules', (ctx) => {
  it('stores an experience with its point', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx, {
        meetingPoint: { lon: -7.9894, lat: 31.6259 },
        languages: ['en', 'fr'],
      });
      expect(e.location).toEqual({ lon: -7.9891, lat: 31.6258 });
      expect(e.meetingPoint).toEqual({ lon: -7.9894, lat: 31.6259 });
      expect(e.languages).toEqual(['en', 'fr']);
    }));

  it('refuses bad experiences', () =>
    ctx.rollback(async (tx) => {
      await expectRule(tx, 'experiences_duration_minutes_check', (sp) =>
        makeExperience(sp, { durationMinutes: 0 }),
      );
      await expectRule(tx, 'experiences_min_participants_check', (sp) =>
        makeExperience(sp, { minParticipants: 0 }),
      );
      await expectRule(tx, 'experiences_max_participants_check', (sp) =>
        makeExperience(sp, { minParticipants: 5, maxParticipants: 4 }),
      );
      const e = await makeExperience(tx);
      await expectRule(tx, 'experiences_location_range_check', (sp) =>
        sp.execute(
          sql`update experiences set location = st_setsrid(st_makepoint(10, 95), 4326) where id = ${e.id}`,
        ),
      );
    }));

  it('keeps schedules consistent: ends after start, capacity > 0, seats_booked within 0..capacity', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      const startsAt = new Date('2027-05-01T09:00:00Z');
      const endsAt = new Date('2027-05-01T12:00:00Z');
      const [s] = await tx
        .insert(experienceSchedules)
        .values({ experienceId: e.id, startsAt, endsAt, capacity: 8 })
        .returning();
      expect(s).toMatchObject({ seatsBooked: 0, status: 'open' });
      await expectRule(tx, 'experience_schedules_ends_after_starts_check', (sp) =>
        sp
          .insert(experienceSchedules)
          .values({ experienceId: e.id, startsAt, endsAt: startsAt, capacity: 8 }),
      );
      await expectRule(tx, 'experience_schedules_capacity_check', (sp) =>
        sp.insert(experienceSchedules).values({ experienceId: e.id, startsAt, endsAt, capacity: 0 }),
      );
      // seats_booked is derived from bookings: a direct write (9 seats of 8, or -1) keeps the true count.
      for (const bad of [9, -1]) {
        await tx.execute(sql`update experience_schedules set seats_booked = ${bad} where id = ${s!.id}`);
        const [kept] = await tx.select().from(experienceSchedules).where(eq(experienceSchedules.id, s!.id));
        expect(kept!.seatsBooked).toBe(0);
      }
    }));
});
