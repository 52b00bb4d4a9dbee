import { id, timestamps, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { onboardingSteps } from '../constants';
import { users } from './users';

const stepList = sql.raw(`array[${onboardingSteps.map((s) => `'${s}'`).join(', ')}]::text[]`);

// Steps are text checked against the list rather than an enum: product adds steps often, and a CHECK is
// replaced in one migration where an enum value cannot be removed. Not audited: progress is not a decision.
export const userOnboarding = pgTable(
  'user_onboarding',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    currentStep: text().notNull().default('welcome'),
    completedSteps: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    completedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_onboarding_user_id_key').on(t.userId),
    check('user_onboarding_current_step_check', sql`${t.currentStep} = any(${stepList})`),
    check(
      'user_onboarding_completed_steps_check',
      sql`${t.completedSteps} <@ ${stepList} and array_position(${t.completedSteps}, null) is null`,
    ),
    check(
      'user_onboarding_completed_at_check',
      sql`(${t.completedAt} is not null) = (${t.currentStep} = 'done')`,
    ),
  ],
);

export type UserOnboarding = typeof userOnboarding.$inferSelect;
export type NewUserOnboarding = typeof userOnboarding.$inferInsert;

export const userOnboardingRelations = relations(userOnboarding, ({ one }) => ({
  user: one(users, { fields: [userOnboarding.userId], references: [users.id] }),
}));
