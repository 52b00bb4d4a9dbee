import { audit, citext, id, metadata, mixinConstraints, timestamps, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { identityProviderEnum } from './enums';
import { users } from './users';

/** Social login. Provider access/refresh tokens are deliberately not stored: we only need who the user is. */
export const userIdentities = pgTable(
  'user_identities',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    provider: identityProviderEnum().notNull(),
    providerUserId: text().notNull(),
    providerEmail: citext(),
    lastUsedAt: timestamptz(),
    ...metadata(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('user_identities_provider_provider_user_id_key').on(t.provider, t.providerUserId),
    // One identity per provider per user; also the index for "which providers has this user linked".
    uniqueIndex('user_identities_user_id_provider_key').on(t.userId, t.provider),
    check('user_identities_provider_user_id_check', sql`length(btrim(${t.providerUserId})) > 0`),
    mixinConstraints.metadata('user_identities', t),
  ],
);

export type UserIdentity = typeof userIdentities.$inferSelect;
export type NewUserIdentity = typeof userIdentities.$inferInsert;

export const userIdentitiesRelations = relations(userIdentities, ({ one }) => ({
  user: one(users, { fields: [userIdentities.userId], references: [users.id] }),
}));
