import { id, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One row per (feature, user), moved by `recordFeatureUse`'s atomic upsert. */
export const featureUsage = pgTable(
  'feature_usage',
  {
    ...id(),
    featureKey: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    variant: text(),
    useCount: integer().notNull().default(1),
    firstUsedAt: timestamptz().notNull().defaultNow(),
    lastUsedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('feature_usage_feature_user_key').on(t.featureKey, t.userId),
    check(
      'feature_usage_feature_key_format_check',
      sql`${t.featureKey} ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'`,
    ),
    check('feature_usage_variant_format_check', sql`${t.variant} ~ '^[A-Za-z0-9_-]{1,40}$'`),
    check('feature_usage_use_count_check', sql`${t.useCount} >= 1`),
    check('feature_usage_used_at_check', sql`${t.lastUsedAt} >= ${t.firstUsedAt}`),
    // Deleting a user finds their rows here (foreign key to users).
    index('feature_usage_user_id_idx').on(t.userId),
  ],
);

export type FeatureUsage = typeof featureUsage.$inferSelect;
export type NewFeatureUsage = typeof featureUsage.$inferInsert;

export const featureUsageRelations = relations(featureUsage, ({ one }) => ({
  user: one(users, { fields: [featureUsage.userId], references: [users.id] }),
}));
