import { describeServer, explain, makeUsers } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { activeSessions, connectionQuery, hashToken, sessionByTokenQuery, userSessions } from '../src';

// Plans on the real server; the tables are small, so sequential scans are switched off to reveal which
// index the planner can use.
describeServer('users access paths', (ctx) => {
  it('serves active sessions, token lookups and pair lookups from their indexes', () =>
    ctx.rollback(async (tx) => {
      const people = await makeUsers(tx, 40);
      const [a, b] = people;
      // Realistic spread: many users with a few sessions each, so the planner has statistics to go on.
      const day = 86_400_000;
      await tx.insert(userSessions).values(
        people.flatMap((p, i) =>
          Array.from({ length: 5 }, (_, k) => ({
            userId: p.id,
            refreshTokenHash: hashToken(`${p.id}:${k}`),
            expiresAt: new Date(Date.now() + ((i + k) % 30) * day + 60_000),
          })),
        ),
      );
      // Over time most of a user's sessions are revoked; the partial index leaves them out.
      await tx.insert(userSessions).values(
        people.flatMap((p) =>
          Array.from({ length: 30 }, (_, k) => ({
            userId: p.id,
            refreshTokenHash: hashToken(`${p.id}:revoked:${k}`),
            expiresAt: new Date(Date.now() + day),
            revokedAt: new Date(),
            revokedReason: 'logout',
          })),
        ),
      );
      await tx.execute(sql`analyze user_sessions`);
      await tx.execute(sql`set local enable_seqscan = off`);
      expect(await explain(tx, activeSessions(tx, a!.id))).toContain(
        'user_sessions_active_user_id_expires_at_idx',
      );
      expect(await explain(tx, sessionByTokenQuery(tx, 'token'))).toContain(
        'user_sessions_refresh_token_hash_key',
      );
      expect(await explain(tx, connectionQuery(tx, b!.id, a!.id))).toContain(
        'user_social_connections_pair_key',
      );
      expect(
        await explain(
          tx,
          sql`select count(*) from user_sessions where revoked_at is null and expires_at <= now()`,
        ),
      ).toContain('user_sessions_active_expires_at_idx');
    }));
});
