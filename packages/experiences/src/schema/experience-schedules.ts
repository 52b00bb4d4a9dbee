import { audit, id, metadata, minorUnits, mixinConstraints, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { experienceScheduleStatusEnum } from './enums';
import { experiences } from './experiences';

/**
 * One dated run of an experience. `seats_booked` belongs to @touriquest/bookings: its triggers lock this row
 * and keep the count exact; the CHECK is the last line against overselling.
 */
export const experienceSchedules = pgTable(
  'experience_schedules',
  {
    ...id(),
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer().notNull(),
    seatsBooked: integer().notNull().default(0),
    /** Per-run price in the experience's currency; null = the experience's price. */
    priceOverrideMinor: minorUnits(),
    status: experienceScheduleStatusEnum().notNull().default('open'),
    notes: text(),
    ...metadata(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    ...mixinConstraints.metadata('experience_schedules', t),
    index('experience_schedules_experience_id_idx').on(t.experienceId, t.startsAt),
    // Access path 4: open runs in a date window.
    index('experience_schedules_open_starts_at_idx').on(t.startsAt).where(sql`${t.status} = 'open'`),
    check('experience_schedules_ends_after_starts_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('experience_schedules_capacity_check', sql`${t.capacity} > 0`),
    check('experience_schedules_seats_booked_check', sql`${t.seatsBooked} between 0 and ${t.capacity}`),
    check('experience_schedules_price_override_check', sql`${t.priceOverrideMinor} >= 0`),
  ],
);

export type ExperienceSchedule = typeof experienceSchedules.$inferSelect;
export type NewExperienceSchedule = typeof experienceSchedules.$inferInsert;

export const experienceSchedulesRelations = relations(experienceSchedules, ({ one }) => ({
  experience: one(experiences, { fields: [experienceSchedules.experienceId], references: [experiences.id] }),
}));
