import { describeEngines, expectRule, makeHost, makeMedia, refusedByBoth } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  experienceImages,
  experienceRequirements,
  experienceSchedules,
  experiences,
  insertExperienceRequirementSchema,
  insertExperienceScheduleSchema,
  insertExperienceSchema,
} from '../src';
import { experienceInput, makeCategory, makeExperience } from './fixtures';

const at = (iso: string) => new Date(iso);

describeEngines('experience rules', (ctx) => {
  it('accepts a valid experience and its zod twin agrees', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const cat = await makeCategory(tx);
      const input = experienceInput(host.id, { categoryId: cat.id });
      expect(insertExperienceSchema.safeParse(input).success).toBe(true);
      const [e] = await tx.insert(experiences).values(input).returning();
      expect(e!.location).toEqual({ lon: -7.9811, lat: 31.6295 });
    }));

  it('refuses max_participants < min_participants and min_participants < 1', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const cat = await makeCategory(tx);
      const bad = experienceInput(host.id, { categoryId: cat.id, minParticipants: 5, maxParticipants: 4 });
      await refusedByBoth(tx, insertExperienceSchema, bad, 'experiences_max_participants_check', (sp) =>
        sp.insert(experiences).values(bad),
      );
      const zero = experienceInput(host.id, { categoryId: cat.id, minParticipants: 0 });
      await refusedByBoth(tx, insertExperienceSchema, zero, 'experiences_min_participants_check', (sp) =>
        sp.insert(experiences).values(zero),
      );
      const noTime = experienceInput(host.id, { categoryId: cat.id, durationMinutes: 0 });
      await refusedByBoth(tx, insertExperienceSchema, noTime, 'experiences_duration_minutes_check', (sp) =>
        sp.insert(experiences).values(noTime),
      );
    }));

  it('refuses lat 95 (zod and database) instead of folding it', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const cat = await makeCategory(tx);
      const bad = experienceInput(host.id, { categoryId: cat.id, location: { lon: 10, lat: 95 } });
      expect(insertExperienceSchema.safeParse(bad).success).toBe(false);
      // The TS driver refuses too, so the database is asked directly with raw SQL.
      const e = await makeExperience(tx, {}, host.id);
      await expectRule(tx, 'experiences_location_range_check', (sp) =>
        sp.execute(sql`update experiences set location = 'SRID=4326;POINT(10 95)' where id = ${e.id}`),
      );
      const badMeeting = experienceInput(host.id, { categoryId: cat.id, meetingPoint: { lon: 200, lat: 0 } });
      expect(insertExperienceSchema.safeParse(badMeeting).success).toBe(false);
      await expectRule(tx, 'experiences_meeting_point_range_check', (sp) =>
        sp.execute(sql`update experiences set meeting_point = 'SRID=4326;POINT(200 0)' where id = ${e.id}`),
      );
    }));

  it('keeps slugs unique among live experiences only', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      await expectRule(tx, 'experiences_slug_key', (sp) => makeExperience(sp, { slug: e.slug }));
      await tx.update(experiences).set({ deletedAt: new Date() }).where(eq(experiences.id, e.id));
      const again = await makeExperience(tx, { slug: e.slug });
      expect(again.slug).toBe(e.slug);
    }));

  it('schedules: ends after starts, capacity > 0, seats_booked within 0..capacity, capacity ≤ max participants', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx, { maxParticipants: 10 });
      const base = {
        experienceId: e.id,
        startsAt: at('2027-03-01T09:00:00Z'),
        endsAt: at('2027-03-01T12:00:00Z'),
      };
      const backwards = { ...base, endsAt: base.startsAt, capacity: 5 };
      await refusedByBoth(
        tx,
        insertExperienceScheduleSchema,
        backwards,
        'experience_schedules_ends_after_starts_check',
        (sp) => sp.insert(experienceSchedules).values(backwards),
      );
      const empty = { ...base, capacity: 0 };
      await refusedByBoth(
        tx,
        insertExperienceScheduleSchema,
        empty,
        'experience_schedules_capacity_check',
        (sp) => sp.insert(experienceSchedules).values(empty),
      );
      await expectRule(tx, 'experience_schedules_capacity_max_participants_check', (sp) =>
        sp.insert(experienceSchedules).values({ ...base, capacity: 11 }),
      );
      const [s] = await tx
        .insert(experienceSchedules)
        .values({ ...base, capacity: 8 })
        .returning();
      expect(s!.seatsBooked).toBe(0);
      const where = eq(experienceSchedules.id, s!.id);
      // seats_booked is the database's (derived from bookings): direct writes keep the true count.
      await tx.update(experienceSchedules).set({ seatsBooked: 9 }).where(where);
      await tx.update(experienceSchedules).set({ seatsBooked: -1 }).where(where);
      expect((await tx.select().from(experienceSchedules).where(where))[0]!.seatsBooked).toBe(0);
      // Lowering max participants below a live schedule's capacity is refused, named for max participants.
      await expectRule(tx, 'experiences_max_participants_schedules_check', (sp) =>
        sp.update(experiences).set({ maxParticipants: 6 }).where(eq(experiences.id, e.id)),
      );
    }));

  it('requirement ages are integers 0..120; other kinds are free text', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      for (const value of ['121', 'twelve', '-1', '12.5']) {
        const bad = { experienceId: e.id, kind: 'min_age' as const, value };
        await refusedByBoth(
          tx,
          insertExperienceRequirementSchema,
          bad,
          'experience_requirements_age_value_check',
          (sp) => sp.insert(experienceRequirements).values(bad),
        );
      }
      const ok = [
        { experienceId: e.id, kind: 'min_age' as const, value: '12' },
        { experienceId: e.id, kind: 'max_age' as const, value: '120' },
        { experienceId: e.id, kind: 'equipment' as const, value: 'closed shoes' },
      ];
      for (const r of ok) expect(insertExperienceRequirementSchema.safeParse(r).success).toBe(true);
      const rows = await tx.insert(experienceRequirements).values(ok).returning();
      expect(rows).toHaveLength(3);
    }));

  it('keeps age limits unambiguous: one min_age, one max_age, min ≤ max', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      const age = (kind: 'min_age' | 'max_age', value: string) => ({ experienceId: e.id, kind, value });
      const [min] = await tx.insert(experienceRequirements).values(age('min_age', '12')).returning();
      await expectRule(tx, 'experience_requirements_one_age_limit_check', (sp) =>
        sp.insert(experienceRequirements).values(age('min_age', '14')),
      );
      await expectRule(tx, 'experience_requirements_age_range_check', (sp) =>
        sp.insert(experienceRequirements).values(age('max_age', '10')),
      );
      await tx.insert(experienceRequirements).values(age('max_age', '65'));
      await expectRule(tx, 'experience_requirements_age_range_check', (sp) =>
        sp.update(experienceRequirements).set({ value: '70' }).where(eq(experienceRequirements.id, min!.id)),
      );
      // Another experience has limits of its own; other kinds may repeat.
      const other = await makeExperience(tx);
      await tx.insert(experienceRequirements).values([
        { experienceId: other.id, kind: 'min_age', value: '18' },
        { experienceId: e.id, kind: 'equipment', value: 'closed shoes' },
        { experienceId: e.id, kind: 'equipment', value: 'a hat' },
      ]);
    }));

  it('allows at most one cover image per experience', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      const other = await makeExperience(tx);
      await tx
        .insert(experienceImages)
        .values({ experienceId: e.id, mediaId: await makeMedia(tx), isCover: true });
      await tx.insert(experienceImages).values({ experienceId: e.id, mediaId: await makeMedia(tx) });
      await tx
        .insert(experienceImages)
        .values({ experienceId: other.id, mediaId: await makeMedia(tx), isCover: true });
      const media = await makeMedia(tx);
      await expectRule(tx, 'experience_images_cover_key', (sp) =>
        sp.insert(experienceImages).values({ experienceId: e.id, mediaId: media, isCover: true }),
      );
    }));
});

describeEngines('experience timezone', (ctx) => {
  it('refuses a zone the database does not know', () =>
    ctx.rollback(async (tx) => {
      const e = await makeExperience(tx);
      await expectRule(tx, 'experiences_timezone_check', (sp) =>
        sp.update(experiences).set({ timezone: 'Mars/Olympus' }).where(eq(experiences.id, e.id)),
      );
      await tx.update(experiences).set({ timezone: 'Africa/Casablanca' }).where(eq(experiences.id, e.id));
    }));
});
