import { auditHistory, queryOne, softDeleteWhere, withActor } from '@touriquest/core';
import { describeEngines, expectRule, makeUser, refusedByBoth, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  activeSessions,
  consumeOneTimeToken,
  createSession,
  encryptMfaSecret,
  expireSessions,
  findActiveSession,
  generateToken,
  hashToken,
  insertUserAuthSchema,
  insertUserIdentitySchema,
  insertUserSessionSchema,
  issueOneTimeToken,
  parseMfaKeys,
  revokeSession,
  selectUserAuthSchema,
  userAuth,
  userIdentities,
  userSessions,
  users,
} from '../src';
import { sha } from './fixtures';

const argon = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
const bcrypt = '$2b$12$abcdefghijklmnopqrstuuN0y9u5a1Q6b7c8d9e0f1g2h3i4j5k6l';
const keyring = parseMfaKeys(`k1:${Buffer.alloc(32, 7).toString('base64')}`);
const inAnHour = () => new Date(Date.now() + 3_600_000);

describeEngines('user_auth, identities and sessions', (ctx) => {
  it('stores only hashes and ciphertext, and refuses anything that looks like a secret in the clear', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const good = insertUserAuthSchema.parse({
        userId: u.id,
        passwordHash: argon,
        mfaEnabled: true,
        mfaSecretEncrypted: encryptMfaSecret('JBSWY3DPEHPK3PXP', u.id, keyring),
        mfaRecoveryCodeHashes: [hashToken('code-1'), hashToken('code-2')],
        passwordResetTokenHash: hashToken('reset'),
        passwordResetExpiresAt: inAnHour(),
      });
      await tx.insert(userAuth).values(good);
      const other = await makeUser(tx);
      const cases: [Record<string, unknown>, string][] = [
        [{ passwordHash: 'hunter2' }, 'user_auth_password_hash_check'],
        [{ passwordHash: '$md5$abc' }, 'user_auth_password_hash_check'],
        [{ mfaSecretEncrypted: 'JBSWY3DPEHPK3PXP' }, 'user_auth_mfa_secret_envelope_check'],
        [{ mfaSecretEncrypted: 'v1:JBSWY3DPEHPK3PXP' }, 'user_auth_mfa_secret_envelope_check'],
        [{ mfaEnabled: true }, 'user_auth_mfa_enabled_check'],
        [{ mfaRecoveryCodeHashes: ['12345678'] }, 'user_auth_mfa_recovery_code_hashes_check'],
        [{ failedLoginAttempts: -1 }, 'user_auth_failed_login_attempts_check'],
        [
          { passwordResetTokenHash: 'raw-reset-token', passwordResetExpiresAt: inAnHour() },
          'user_auth_password_reset_token_hash_check',
        ],
        [{ passwordResetTokenHash: sha('a') }, 'user_auth_password_reset_expiry_check'],
        [{ emailVerificationExpiresAt: inAnHour() }, 'user_auth_email_verification_expiry_check'],
        [
          { emailVerificationTokenHash: 'ABC', emailVerificationExpiresAt: inAnHour() },
          'user_auth_email_verification_token_hash_check',
        ],
      ];
      for (const [bad, rule] of cases) {
        const values = { userId: other.id, ...bad };
        await refusedByBoth(tx, insertUserAuthSchema, values, rule, (sp) =>
          sp.insert(userAuth).values(values as typeof userAuth.$inferInsert),
        );
      }
      expect(insertUserAuthSchema.safeParse({ userId: other.id, passwordHash: bcrypt }).success).toBe(true);
      await tx.insert(userAuth).values({ userId: other.id, passwordHash: bcrypt });
      await expectRule(tx, 'user_auth_user_id_key', (sp) => sp.insert(userAuth).values({ userId: other.id }));
      const [row] = await tx.select().from(userAuth).where(eq(userAuth.userId, u.id));
      const exposed = selectUserAuthSchema.parse(row);
      expect(Object.keys(exposed)).not.toContain('passwordHash');
      expect(Object.keys(exposed)).not.toContain('mfaSecretEncrypted');
    }));

  it('audits credential changes by name but never records the hashes themselves', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const reset = hashToken('reset-token');
      const auth = await withActor(tx, u.id, async (a: TestDb) => {
        const [row] = await a
          .insert(userAuth)
          .values({
            userId: u.id,
            passwordHash: argon,
            passwordResetTokenHash: reset,
            passwordResetExpiresAt: inAnHour(),
          })
          .returning();
        await a
          .update(userAuth)
          .set({ passwordHash: bcrypt, passwordResetTokenHash: null, passwordResetExpiresAt: null })
          .where(eq(userAuth.id, row!.id));
        return row!;
      });
      const history = await auditHistory(tx, 'user_auth', auth.id);
      expect(history.map((h) => h.action).reverse()).toEqual(['insert', 'update']);
      expect(history.every((h) => h.actorId === u.id)).toBe(true);
      const update = history.find((h) => h.action === 'update')!;
      expect(update.changedFields).toContain('password_hash');
      expect(update.changedFields).toContain('password_reset_expires_at');
      const dump = JSON.stringify(history);
      for (const secret of [argon, bcrypt, reset]) expect(dump).not.toContain(secret);
      expect(update.oldData).not.toHaveProperty('password_hash');
      expect(update.newData).not.toHaveProperty('password_reset_token_hash');
      expect(update.newData).toHaveProperty('password_reset_expires_at', null);
    }));

  it('links at most one identity per provider account and per user and provider', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const v = await makeUser(tx);
      await tx.insert(userIdentities).values({ userId: u.id, provider: 'google', providerUserId: 'g-123' });
      await expectRule(tx, 'user_identities_provider_provider_user_id_key', (sp) =>
        sp.insert(userIdentities).values({ userId: v.id, provider: 'google', providerUserId: 'g-123' }),
      );
      await expectRule(tx, 'user_identities_user_id_provider_key', (sp) =>
        sp.insert(userIdentities).values({ userId: u.id, provider: 'google', providerUserId: 'g-456' }),
      );
      // Same provider id at another provider is another account.
      await tx.insert(userIdentities).values({ userId: v.id, provider: 'github', providerUserId: 'g-123' });
      const blank = { userId: v.id, provider: 'apple' as const, providerUserId: '   ' };
      await refusedByBoth(
        tx,
        insertUserIdentitySchema,
        blank,
        'user_identities_provider_user_id_check',
        (sp) => sp.insert(userIdentities).values(blank),
      );
    }));

  it('creates a session from a raw token while storing only its sha256', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const token = generateToken();
      const s = await createSession(tx, {
        userId: u.id,
        refreshToken: token,
        expiresAt: inAnHour(),
        ip: '203.0.113.7',
      });
      expect(s.refreshTokenHash).toBe(hashToken(token));
      expect(s.refreshTokenHash).not.toContain(token);
      const stored = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from user_sessions where refresh_token_hash = ${token} or user_agent = ${token}`,
      );
      expect(stored?.n).toBe(0);
      expect((await findActiveSession(tx, token))?.id).toBe(s.id);
      expect(await findActiveSession(tx, 'another-token')).toBeUndefined();
      expect((await activeSessions(tx, u.id)).map((x) => x.id)).toEqual([s.id]);
      await expectRule(tx, 'user_sessions_refresh_token_hash_key', (sp) =>
        createSession(sp, { userId: u.id, refreshToken: token, expiresAt: inAnHour() }),
      );
      expect(await revokeSession(tx, s.id)).toBe(true);
      expect(await findActiveSession(tx, token)).toBeUndefined();
      expect(await revokeSession(tx, s.id)).toBe(false);
    }));

  it('refuses a clear refresh token and a session that expires before it starts', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const clear = { userId: u.id, refreshTokenHash: 'my-refresh-token', expiresAt: inAnHour() };
      await refusedByBoth(
        tx,
        insertUserSessionSchema,
        clear,
        'user_sessions_refresh_token_hash_check',
        (sp) => sp.insert(userSessions).values(clear),
      );
      const backwards = {
        userId: u.id,
        refreshTokenHash: sha('b'),
        expiresAt: new Date(Date.now() - 60_000),
      };
      await refusedByBoth(tx, insertUserSessionSchema, backwards, 'user_sessions_expires_at_check', (sp) =>
        sp.insert(userSessions).values(backwards),
      );
    }));

  it('expires lapsed sessions with tq_expire_sessions() and leaves live ones alone', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const day = 86_400_000;
      // created_at defaults to now() and must precede expires_at, so a lapsed session is back-dated.
      const [old] = await tx
        .insert(userSessions)
        .values({
          userId: u.id,
          refreshTokenHash: hashToken(generateToken()),
          createdAt: new Date(Date.now() - 30 * day),
          expiresAt: new Date(Date.now() - day),
        })
        .returning();
      const live = await createSession(tx, {
        userId: u.id,
        refreshToken: generateToken(),
        expiresAt: inAnHour(),
      });
      const expired = await expireSessions(tx);
      expect(expired).toBeGreaterThanOrEqual(1);
      const rows = await tx.select().from(userSessions).where(eq(userSessions.userId, u.id));
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(old!.id)).toMatchObject({ revokedReason: 'expired' });
      expect(byId.get(old!.id)!.revokedAt).toBeInstanceOf(Date);
      expect(byId.get(live.id)).toMatchObject({ revokedAt: null, revokedReason: null });
      // Nothing of ours is left to expire.
      await expireSessions(tx);
      expect(
        (await tx.select().from(userSessions).where(eq(userSessions.id, old!.id)))[0]!.revokedReason,
      ).toBe('expired');
    }));

  it('ends every session when the account is soft-deleted or suspended', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await Promise.all([makeUser(tx), makeUser(tx)]);
      const sa = await createSession(tx, {
        userId: a.id,
        refreshToken: generateToken(),
        expiresAt: inAnHour(),
      });
      const sb = await createSession(tx, {
        userId: b.id,
        refreshToken: generateToken(),
        expiresAt: inAnHour(),
      });
      await softDeleteWhere(tx, users, eq(users.id, a.id));
      await tx.update(users).set({ status: 'suspended' }).where(eq(users.id, b.id));
      for (const s of [sa, sb]) {
        const [row] = await tx.select().from(userSessions).where(eq(userSessions.id, s.id));
        expect(row).toMatchObject({ revokedReason: 'account_disabled' });
      }
    }));
});

describeEngines('one-time tokens', (ctx) => {
  it('issues reset and verification tokens as hashes and redeems each once, before expiry', () =>
    ctx.rollback(async (tx) => {
      const u = await makeUser(tx);
      const raw = await issueOneTimeToken(tx, u.id, 'password_reset', 3_600_000);
      const [row] = await tx.select().from(userAuth).where(eq(userAuth.userId, u.id));
      expect(row!.passwordResetTokenHash).toBe(hashToken(raw));
      expect(JSON.stringify(row)).not.toContain(raw);
      expect(await consumeOneTimeToken(tx, raw, 'email_verification')).toBeUndefined();
      expect(await consumeOneTimeToken(tx, raw, 'password_reset')).toBe(u.id);
      expect(await consumeOneTimeToken(tx, raw, 'password_reset')).toBeUndefined();

      // Re-issuing replaces the earlier token.
      const first = await issueOneTimeToken(tx, u.id, 'email_verification', 3_600_000);
      const second = await issueOneTimeToken(tx, u.id, 'email_verification', 3_600_000);
      expect(await consumeOneTimeToken(tx, first, 'email_verification')).toBeUndefined();
      expect(await consumeOneTimeToken(tx, second, 'email_verification')).toBe(u.id);

      // An expired token is refused.
      const stale = await issueOneTimeToken(tx, u.id, 'password_reset', 3_600_000);
      await tx.execute(
        sql`update user_auth set password_reset_expires_at = now() - interval '1 minute' where user_id = ${u.id}`,
      );
      expect(await consumeOneTimeToken(tx, stale, 'password_reset')).toBeUndefined();
    }));
});
