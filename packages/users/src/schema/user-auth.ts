import { audit, id, ownedBy, privateRowPolicies, timestamps, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Credentials, kept apart from `users` so that ordinary reads of an account never carry them. Nothing here
 * is a secret in the clear: passwords are argon2/bcrypt/scrypt hashes, tokens and recovery codes are
 * sha256 hashes of high-entropy random values, the MFA secret is ciphertext. The audit trigger redacts them.
 */
export const userAuth = pgTable(
  'user_auth',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Null for accounts that only sign in through an identity provider.
    passwordHash: text(),
    passwordChangedAt: timestamptz(),
    mfaEnabled: boolean().notNull().default(false),
    mfaSecretEncrypted: text(),
    mfaRecoveryCodeHashes: text()
      .array()
      .notNull()
      .$defaultFn(() => []),
    failedLoginAttempts: integer().notNull().default(0),
    lockedUntil: timestamptz(),
    passwordResetTokenHash: text(),
    passwordResetExpiresAt: timestamptz(),
    emailVerificationTokenHash: text(),
    emailVerificationExpiresAt: timestamptz(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('user_auth_user_id_key').on(t.userId),
    // Lookups by the hash of a token a user presents.
    uniqueIndex('user_auth_password_reset_token_hash_key')
      .on(t.passwordResetTokenHash)
      .where(sql`${t.passwordResetTokenHash} is not null`),
    uniqueIndex('user_auth_email_verification_token_hash_key')
      .on(t.emailVerificationTokenHash)
      .where(sql`${t.emailVerificationTokenHash} is not null`),
    check('user_auth_password_hash_check', sql`${t.passwordHash} ~ '^[$](argon2(id|i|d)|2[aby]|scrypt)[$]'`),
    check(
      'user_auth_mfa_secret_encrypted_check',
      sql`${t.mfaSecretEncrypted} ~ '^v[0-9]+:[A-Za-z0-9+/_=-]+(:[A-Za-z0-9+/_=-]+)*$'`,
    ),
    check('user_auth_mfa_enabled_check', sql`not ${t.mfaEnabled} or ${t.mfaSecretEncrypted} is not null`),
    check(
      'user_auth_mfa_recovery_code_hashes_check',
      sql`array_position(${t.mfaRecoveryCodeHashes}, null) is null and (cardinality(${t.mfaRecoveryCodeHashes}) = 0 or array_to_string(${t.mfaRecoveryCodeHashes}, ',') ~ '^[0-9a-f]{64}(,[0-9a-f]{64})*$')`,
    ),
    check('user_auth_failed_login_attempts_check', sql`${t.failedLoginAttempts} >= 0`),
    check('user_auth_password_reset_token_hash_check', sql`${t.passwordResetTokenHash} ~ '^[0-9a-f]{64}$'`),
    check(
      'user_auth_password_reset_expiry_check',
      sql`(${t.passwordResetTokenHash} is null) = (${t.passwordResetExpiresAt} is null)`,
    ),
    check(
      'user_auth_email_verification_token_hash_check',
      sql`${t.emailVerificationTokenHash} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      'user_auth_email_verification_expiry_check',
      sql`(${t.emailVerificationTokenHash} is null) = (${t.emailVerificationExpiresAt} is null)`,
    ),
    ...privateRowPolicies('user_auth', ownedBy(t.userId)),
  ],
);

export type UserAuth = typeof userAuth.$inferSelect;
export type NewUserAuth = typeof userAuth.$inferInsert;

export const userAuthRelations = relations(userAuth, ({ one }) => ({
  user: one(users, { fields: [userAuth.userId], references: [users.id] }),
}));
