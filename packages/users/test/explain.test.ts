import { describeServer } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { activeSessions, connectionQuery, sessionByTokenQuery } from '../src';
import { explain } from './explain';
import { makeUsers } from './fixtures';

// Plans on the real server; the tables are small, so sequential scans are switched off to reveal which
// index the planner can use.
describeServer('users access paths', (ctx) => {
  it('serves active sessions, token lookups and pair lookups from their indexes', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
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
