import { audit, id, timestamps, trimmed } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { experienceRequirementKindEnum } from './enums';
import { experiences } from './experiences';

/**
 * What a participant must meet or bring. Age limits are machine-readable (bookings can check them), so
 * their `value` is an integer 0..120; other kinds are free text for people.
 */
export const experienceRequirements = pgTable(
  'experience_requirements',
  {
    ...id(),
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    kind: experienceRequirementKindEnum().notNull(),
    value: text().notNull(),
    description: text(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    index('experience_requirements_experience_id_idx').on(t.experienceId),
    check(
      'experience_requirements_age_value_check',
      // CASE, not OR: SQL does not promise to skip the cast for non-numeric values of other kinds.
      sql`case when ${t.kind} not in ('min_age', 'max_age') then true
          when ${t.value} !~ '^[0-9]{1,3}$' then false else ${t.value}::integer <= 120 end`,
    ),
    check('experience_requirements_value_check', sql`length(${trimmed(t.value)}) between 1 and 200`),
    check('experience_requirements_description_check', sql`length(${t.description}) <= 1000`),
  ],
);

export type ExperienceRequirement = typeof experienceRequirements.$inferSelect;
export type NewExperienceRequirement = typeof experienceRequirements.$inferInsert;

export const experienceRequirementsRelations = relations(experienceRequirements, ({ one }) => ({
  experience: one(experiences, {
    fields: [experienceRequirements.experienceId],
    references: [experiences.id],
  }),
}));
