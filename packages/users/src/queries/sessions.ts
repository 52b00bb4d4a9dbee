import { createHash, randomBytes } from 'node:crypto';
import { type Db, preparedQuery, queryOne } from '@touriquest/core';
import { and, eq, gt, isNull, type Placeholder, sql } from 'drizzle-orm';
import { type UserSession, userSessions } from '../schema/user-sessions';

/** sha256 hex of a token: what the database stores for refresh, reset, verification and recovery tokens. */
export function hashToken(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

/** A fresh 256-bit URL-safe token. Only its hash is ever stored; the raw value goes to the client once. */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export interface CreateSessionInput {
  userId: string;
  /** The raw refresh token handed to the client; stored only as its sha256. */
  refreshToken: string;
  expiresAt: Date;
  ip?: string | null;
  userAgent?: string | null;
  deviceName?: string | null;
}

export async function createSession(db: Db, input: CreateSessionInput): Promise<UserSession> {
  const { refreshToken, ...rest } = input;
  const [row] = await db
    .insert(userSessions)
    .values({ ...rest, refreshTokenHash: hashToken(refreshToken) })
    .returning();
  return row!;
}

/**
 * The live session a presented refresh token belongs to, or undefined (unknown, revoked or expired). Runs
 * before there is an actor, so under row-level security call it as `touriquest_backoffice` (the sign-in
 * service): as `touriquest_app` it only finds the actor's own sessions.
 */
export async function findActiveSession(db: Db, refreshToken: string): Promise<UserSession | undefined> {
  // Prepared: every token refresh of every signed-in client asks.
  const query = preparedQuery(db, 'users_active_session_by_token', (d) =>
    sessionByHash(d, sql.placeholder('hash')).prepare('users_active_session_by_token'),
  );
  const [row] = await query.execute({ hash: hashToken(refreshToken) });
  return row;
}

/** The query behind findActiveSession: a probe of user_sessions_refresh_token_hash_key. */
export function sessionByTokenQuery(db: Db, refreshToken: string) {
  return sessionByHash(db, hashToken(refreshToken));
}

function sessionByHash(db: Db, hash: string | Placeholder) {
  return db
    .select()
    .from(userSessions)
    .where(
      and(
        eq(userSessions.refreshTokenHash, hash),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
      ),
    );
}

/** A user's active sessions, soonest-expiring first (served by user_sessions_active_user_id_expires_at_idx). */
// Returns the query builder (awaitable, and explainable in tests).
export function activeSessions(db: Db, userId: string) {
  return db
    .select()
    .from(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
      ),
    )
    .orderBy(userSessions.expiresAt);
}

export async function revokeSession(db: Db, sessionId: string, reason = 'logout'): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Revokes every session that has lapsed (SQL tq_expire_sessions()); returns how many. */
export async function expireSessions(db: Db): Promise<number> {
  const row = await queryOne<{ n: number }>(db, sql`select tq_expire_sessions() as n`);
  return Number(row?.n ?? 0);
}
