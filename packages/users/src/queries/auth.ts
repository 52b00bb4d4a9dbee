import type { Db } from '@touriquest/core';
import { and, eq, gt, sql } from 'drizzle-orm';
import { userAuth } from '../schema/user-auth';
import { generateToken, hashToken } from './sessions';

export type OneTimeTokenKind = 'password_reset' | 'email_verification';

const columns = {
  password_reset: { hash: userAuth.passwordResetTokenHash, expires: userAuth.passwordResetExpiresAt },
  email_verification: {
    hash: userAuth.emailVerificationTokenHash,
    expires: userAuth.emailVerificationExpiresAt,
  },
} as const;

const fields = {
  password_reset: { hash: 'passwordResetTokenHash', expires: 'passwordResetExpiresAt' },
  email_verification: { hash: 'emailVerificationTokenHash', expires: 'emailVerificationExpiresAt' },
} as const;

/**
 * Issue a one-time token for the user (creating their user_auth row if needed) and return the raw value to
 * mail out; only its sha256 is stored, and issuing again replaces the previous token.
 */
export async function issueOneTimeToken(
  db: Db,
  userId: string,
  kind: OneTimeTokenKind,
  ttlMs: number,
): Promise<string> {
  const raw = generateToken();
  const f = fields[kind];
  const values = { [f.hash]: hashToken(raw), [f.expires]: new Date(Date.now() + ttlMs) };
  await db
    .insert(userAuth)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: userAuth.userId, set: values });
  return raw;
}

/**
 * Redeem a token: returns the user id and clears the token in the same statement, so it works once;
 * undefined when unknown or expired. There is no actor yet: call it as `touriquest_backoffice` (row-level
 * security hides user_auth from `touriquest_app` without one).
 */
export async function consumeOneTimeToken(
  db: Db,
  raw: string,
  kind: OneTimeTokenKind,
): Promise<string | undefined> {
  const c = columns[kind];
  const f = fields[kind];
  const [row] = await db
    .update(userAuth)
    .set({ [f.hash]: null, [f.expires]: null })
    .where(and(eq(c.hash, hashToken(raw)), gt(c.expires, sql`now()`)))
    .returning({ userId: userAuth.userId });
  return row?.userId;
}
