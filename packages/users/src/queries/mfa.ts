/**
 * MFA secrets in user_auth: written only as envelopes (mfa-crypto.ts), read back only through the keyring.
 * No helper here takes an envelope or stores what it was given: the seed is always encrypted first.
 */
import type { Db } from '@touriquest/core';
import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { userAuth } from '../schema/user-auth';
import {
  decryptMfaSecret,
  encryptMfaSecret,
  type MfaKeyring,
  MfaSecretError,
  mfaKeyringFromEnv,
} from './mfa-crypto';

/**
 * Store the user's TOTP seed encrypted under the current key (creating their user_auth row if needed) and
 * enable MFA, unless `enable: false` (enrolment not yet confirmed).
 */
export async function setMfaSecret(
  db: Db,
  userId: string,
  seed: string,
  opts: { enable?: boolean; keyring?: MfaKeyring } = {},
): Promise<void> {
  const values = {
    mfaSecretEncrypted: encryptMfaSecret(seed, userId, opts.keyring ?? mfaKeyringFromEnv()),
    mfaEnabled: opts.enable ?? true,
  };
  await db
    .insert(userAuth)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: userAuth.userId, set: values });
}

/** The user's seed, to verify a code they present; undefined when they have none. */
export async function readMfaSecret(
  db: Db,
  userId: string,
  keyring: MfaKeyring = mfaKeyringFromEnv(),
): Promise<string | undefined> {
  const [row] = await db
    .select({ envelope: userAuth.mfaSecretEncrypted })
    .from(userAuth)
    .where(eq(userAuth.userId, userId));
  return row?.envelope ? decryptMfaSecret(row.envelope, userId, keyring) : undefined;
}

export async function clearMfaSecret(db: Db, userId: string): Promise<void> {
  await db
    .update(userAuth)
    .set({ mfaSecretEncrypted: null, mfaEnabled: false })
    .where(eq(userAuth.userId, userId));
}

export interface MfaRotation {
  keyId: string;
  /** Secrets re-encrypted under the current key. */
  rotated: number;
  /** Secrets that already were. */
  current: number;
}

/**
 * Re-encrypt every MFA secret that is not under the keyring's current key, `batchSize` rows per
 * transaction (rows locked while they are rewritten, so a concurrent enrolment is never overwritten with
 * a stale seed). Idempotent: run it again after a failure; once it reports, older keys can be removed.
 */
export async function rotateMfaSecrets(
  db: Db,
  keyring: MfaKeyring,
  opts: { batchSize?: number; onBatch?: (done: number) => void } = {},
): Promise<MfaRotation> {
  const batchSize = opts.batchSize ?? 500;
  const keyId = keyring.currentKeyId;
  const prefix = `v1:${keyId}:`;
  let rotated = 0;
  let after = '';
  while (true) {
    const n = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: userAuth.id, userId: userAuth.userId, envelope: userAuth.mfaSecretEncrypted })
        .from(userAuth)
        .where(
          and(
            isNotNull(userAuth.mfaSecretEncrypted),
            sql`left(${userAuth.mfaSecretEncrypted}, ${prefix.length}) <> ${prefix}`,
            after ? gt(userAuth.id, after) : undefined,
          ),
        )
        .orderBy(asc(userAuth.id))
        .limit(batchSize)
        .for('update');
      for (const r of rows) {
        let seed: string;
        try {
          seed = decryptMfaSecret(r.envelope!, r.userId, keyring);
        } catch (err) {
          // Name the row: the operator has to find the missing key or the altered value.
          throw new MfaSecretError(`user_auth ${r.id}: ${(err as Error).message}`);
        }
        await tx
          .update(userAuth)
          .set({ mfaSecretEncrypted: encryptMfaSecret(seed, r.userId, keyring) })
          .where(eq(userAuth.id, r.id));
      }
      after = rows.at(-1)?.id ?? after;
      return rows.length;
    });
    rotated += n;
    opts.onBatch?.(rotated);
    if (n < batchSize) break;
  }
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(userAuth)
    .where(sql`left(${userAuth.mfaSecretEncrypted}, ${prefix.length}) = ${prefix}`);
  return { keyId, rotated, current: Math.max(0, (c?.n ?? 0) - rotated) };
}
