import {
  audit,
  citext,
  id,
  metadata,
  mixinConstraints,
  ownedBy,
  privateRowPolicies,
  timestamps,
  timestamptz,
  trimmed,
} from '@touriquest/core';
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
    check('user_identities_provider_user_id_check', sql`length(${trimmed(t.providerUserId)}) > 0`),
    // The provider's copy of the address obeys the same rules as users.email (format, RFC 5321 length).
    check(
      'user_identities_provider_email_check',
      sql`${t.providerEmail} ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$' and char_length(${t.providerEmail}) <= 254`,
    ),
    ...mixinConstraints.metadata('user_identities', t),
    ...privateRowPolicies('user_identities', ownedBy(t.userId)),
  ],
);

export type UserIdentity = typeof userIdentities.$inferSelect;
export type NewUserIdentity = typeof userIdentities.$inferInsert;

export const userIdentitiesRelations = relations(userIdentities, ({ one }) => ({
  user: one(users, { fields: [userIdentities.userId], references: [users.id] }),
}));
