import { randomBytes } from 'node:crypto';
import { queryOne } from '@touriquest/core';
import { describeEngines, expectRule, makeUser, refusedByBoth } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  decryptMfaSecret,
  encryptMfaSecret,
  generateMfaKey,
  insertUserAuthSchema,
  MfaSecretError,
  mfaKeyringFromEnv,
  parseMfaKeys,
  readMfaSecret,
  rotateMfaSecrets,
  setMfaSecret,
  updateUserAuthSchema,
  userAuth,
  usersRules,
} from '../src';

const seed = 'JBSWY3DPEHPK3PXP';
const oldKey = generateMfaKey('k2025');
const newKey = generateMfaKey('k2026');
const before = parseMfaKeys(oldKey);
const during = parseMfaKeys(`${newKey},${oldKey}`);
const after = parseMfaKeys(newKey);
const userId = '01930000-0000-7000-8000-0000000000aa';

describe('MFA envelopes (AES-256-GCM)', () => {
  it('never contain the seed, differ each time, and decrypt only with the key and for the user', () => {
    const a = encryptMfaSecret(seed, userId, before);
    const b = encryptMfaSecret(seed, userId, before);
    expect(a).toMatch(/^v1:k2025:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
    for (const enc of ['utf8', 'base64', 'base64url', 'hex'] as const)
      expect(a).not.toContain(Buffer.from(seed).toString(enc).replace(/=+$/, ''));
    expect(decryptMfaSecret(a, userId, before)).toBe(seed);

    const wrong = parseMfaKeys(`k2025:${randomBytes(32).toString('base64')}`);
    expect(() => decryptMfaSecret(a, userId, wrong)).toThrow(
      /does not decrypt under key k2025 for this user \(wrong key or altered value\)/,
    );
    expect(() => decryptMfaSecret(a, userId, after)).toThrow(
      /encrypted under key k2025, which TOURIQUEST_MFA_KEYS does not hold/,
    );
    expect(() => decryptMfaSecret(a, '01930000-0000-7000-8000-0000000000bb', before)).toThrow(MfaSecretError);
    const parts = a.split(':');
    parts[3] = Buffer.from('AAAAAAAAAAAAAAAA').toString('base64url');
    expect(() => decryptMfaSecret(parts.join(':'), userId, before)).toThrow(/altered value/);
  });

  it('reads keys from TOURIQUEST_MFA_KEYS, the first being current, and refuses bad ones by name', () => {
    const ring = mfaKeyringFromEnv({ TOURIQUEST_MFA_KEYS: ` ${newKey} , ${oldKey} ` });
    expect(ring.currentKeyId).toBe('k2026');
    expect([...ring.keys.keys()]).toEqual(['k2026', 'k2025']);
    expect(() => mfaKeyringFromEnv({})).toThrow(/TOURIQUEST_MFA_KEYS is not set/);
    expect(() => parseMfaKeys('k1:c2hvcnQ=')).toThrow(/key k1 is 5 bytes; AES-256 needs 32/);
    expect(() => parseMfaKeys(`${oldKey},${oldKey}`)).toThrow(/key id k2025 appears twice/);
    expect(() => parseMfaKeys('no-colon')).toThrow(/each entry is keyId:base64-key/);
  });
});

describeEngines('MFA secrets in user_auth', (ctx) => {
  it('a stored row is useless without the key: the seed is nowhere in it', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      await setMfaSecret(tx, u.id, seed, { keyring: before });
      const [row] = await tx.select().from(userAuth).where(eq(userAuth.userId, u.id));
      expect(row!.mfaEnabled).toBe(true);
      expect(row!.mfaSecretEncrypted).toMatch(/^v1:k2025:/);
      expect(JSON.stringify(row)).not.toContain(seed);
      const audit = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from audit_log where table_name = 'user_auth' and record_id = ${row!.id}
              and (coalesce(new_data::text, '') || coalesce(old_data::text, '')) like ${`%${row!.mfaSecretEncrypted}%`}`,
      );
      expect(audit!.n).toBe(0);
      expect(await readMfaSecret(tx, u.id, before)).toBe(seed);
      await expect(readMfaSecret(tx, u.id, parseMfaKeys(generateMfaKey('k2025')))).rejects.toThrow(
        /does not decrypt/,
      );
    }));

  it('rotation re-encrypts every secret under the current key, in batches; the old key is then not needed', () =>
    ctx.rollback(async (tx) => {
      const users = await Promise.all(Array.from({ length: 5 }, () => makeUser(tx)));
      for (const [i, u] of users.entries()) await setMfaSecret(tx, u.id, `${seed}${i}`, { keyring: before });
      const batches: number[] = [];
      const r = await rotateMfaSecrets(tx, during, { batchSize: 2, onBatch: (n) => batches.push(n) });
      expect(r.keyId).toBe('k2026');
      // Other tests' rows are rolled back, so what is rotated here is at least our five.
      expect(r.rotated).toBeGreaterThanOrEqual(5);
      expect(batches.slice(0, 3)).toEqual([2, 4, r.rotated >= 6 ? 6 : 5]);
      for (const [i, u] of users.entries()) {
        const [row] = await tx.select().from(userAuth).where(eq(userAuth.userId, u.id));
        expect(row!.mfaSecretEncrypted).toMatch(/^v1:k2026:/);
        expect(await readMfaSecret(tx, u.id, after)).toBe(`${seed}${i}`);
      }
      const again = await rotateMfaSecrets(tx, after);
      expect(again.rotated).toBe(0);
      expect(again.current).toBeGreaterThanOrEqual(5);
    }));

  it('rotation stops with the row and the missing key when a secret is under a key it does not hold', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      await setMfaSecret(tx, u.id, seed, { keyring: before });
      await expect(rotateMfaSecrets(tx, after)).rejects.toThrow(
        /^user_auth [0-9a-f-]{36}: the MFA secret is encrypted under key k2025, which TOURIQUEST_MFA_KEYS does not hold$/,
      );
    }));

  it('raw SQL cannot store a plain secret, on insert or update, and zod agrees', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const rule = 'user_auth_mfa_secret_envelope_check';
      for (const plain of [seed, `v1:${seed}`, `v1:k1:${seed}`, `v1:k1:${'A'.repeat(16)}:${seed}`]) {
        const values = { userId: u.id, mfaSecretEncrypted: plain };
        await refusedByBoth(tx, insertUserAuthSchema, values, rule, (sp) =>
          sp.execute(
            sql`insert into user_auth (user_id, mfa_secret_encrypted, mfa_recovery_code_hashes) values (${u.id}, ${plain}, '{}')`,
          ),
        );
      }
      await setMfaSecret(tx, u.id, seed, { keyring: before });
      const err = await expectRule(tx, rule, (sp) =>
        sp.execute(sql`update user_auth set mfa_secret_encrypted = ${`v1:${seed}`} where user_id = ${u.id}`),
      );
      expect(err.detail).toMatch(/must be an encrypted envelope v1:<key id>/);
      expect(updateUserAuthSchema.safeParse({ mfaSecretEncrypted: `v1:${seed}` }).success).toBe(false);
      expect(usersRules[rule].message).toMatch(/encrypted envelope/);
      // An envelope made by the API passes zod and the database alike.
      const ok = encryptMfaSecret(seed, u.id, during);
      expect(updateUserAuthSchema.safeParse({ mfaSecretEncrypted: ok }).success).toBe(true);
      await tx.update(userAuth).set({ mfaSecretEncrypted: ok }).where(eq(userAuth.userId, u.id));
    }));
});
