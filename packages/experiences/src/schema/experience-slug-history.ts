import { id, timestamptz } from '@touriquest/core';
import { relations } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { experiences } from './experiences';

/**
 * Slugs a experience used to have, written by a trigger when `experiences.slug` changes, so old links keep resolving
 * (`findExperienceBySlug`). A retired slug stays reserved for its experience (`experiences_slug_reserved_check`).
 */
export const experienceSlugHistory = pgTable(
  'experience_slug_history',
  {
    ...id(),
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    retiredAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('experience_slug_history_slug_key').on(t.slug),
    index('experience_slug_history_experience_id_idx').on(t.experienceId),
  ],
);

export type ExperienceSlugHistory = typeof experienceSlugHistory.$inferSelect;

export const experienceSlugHistoryRelations = relations(experienceSlugHistory, ({ one }) => ({
  experience: one(experiences, {
    fields: [experienceSlugHistory.experienceId],
    references: [experiences.id],
  }),
}));
