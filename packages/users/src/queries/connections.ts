import { type Db, queryOne, withActor } from '@touriquest/core';
import { and, eq, sql } from 'drizzle-orm';
import { type UserSocialConnection, userSocialConnections } from '../schema/user-social-connections';

const c = userSocialConnections;
// Written as the expressions of user_social_connections_pair_key so the lookup is an index probe.
const pair = (a: string, b: string) =>
  and(
    sql`least(${c.requesterId}, ${c.addresseeId}) = least(${a}::uuid, ${b}::uuid)`,
    sql`greatest(${c.requesterId}, ${c.addresseeId}) = greatest(${a}::uuid, ${b}::uuid)`,
  )!;

/** The connection between two users, whichever of them asked. */
export async function findConnection(
  db: Db,
  a: string,
  b: string,
): Promise<UserSocialConnection | undefined> {
  const [row] = await connectionQuery(db, a, b);
  return row;
}

/** The query behind findConnection: a probe of user_social_connections_pair_key. */
export function connectionQuery(db: Db, a: string, b: string) {
  return db.select().from(c).where(pair(a, b));
}

/** `from` asks `to`. A second request for the same pair, either way, fails with user_social_connections_pair_key. */
export async function requestConnection(db: Db, from: string, to: string): Promise<UserSocialConnection> {
  return withActor(db, from, async (tx) => {
    const [row] = await tx.insert(c).values({ requesterId: from, addresseeId: to }).returning();
    return row!;
  });
}

async function respond(db: Db, addressee: string, requester: string, status: 'accepted' | 'declined') {
  return withActor(db, addressee, async (tx) => {
    const [row] = await tx
      .update(c)
      .set({ status })
      .where(and(eq(c.requesterId, requester), eq(c.addresseeId, addressee), eq(c.status, 'pending')))
      .returning();
    return row;
  });
}

/** The addressee accepts a pending request; undefined when there is no pending request from `requester`. */
export const acceptConnection = (db: Db, addressee: string, requester: string) =>
  respond(db, addressee, requester, 'accepted');
export const declineConnection = (db: Db, addressee: string, requester: string) =>
  respond(db, addressee, requester, 'declined');

/**
 * `blocker` blocks `other`, whether or not a connection exists. Acting as the blocker, so the row records
 * them in blocked_by; a block by the other side is refused (user_social_connections_block_kept_check).
 */
export async function blockUser(db: Db, blocker: string, other: string): Promise<UserSocialConnection> {
  return withActor(db, blocker, async (tx) => {
    // Raw SQL because the conflict target is the expression index on the unordered pair.
    const hit = await queryOne<{ id: string }>(
      tx,
      sql`insert into user_social_connections (requester_id, addressee_id, status, blocked_by)
          values (${blocker}, ${other}, 'blocked', ${blocker})
          on conflict ((least(requester_id, addressee_id)), (greatest(requester_id, addressee_id)))
          do update set status = 'blocked', blocked_by = excluded.blocked_by
          returning id`,
    );
    const [row] = await tx.select().from(c).where(eq(c.id, hit!.id));
    return row!;
  });
}

/** Only the blocker can lift a block; the connection ends up declined (a new request starts over). */
export async function unblockUser(
  db: Db,
  blocker: string,
  other: string,
): Promise<UserSocialConnection | undefined> {
  return withActor(db, blocker, async (tx) => {
    const [row] = await tx
      .update(c)
      .set({ status: 'declined' })
      .where(and(pair(blocker, other), eq(c.status, 'blocked')))
      .returning();
    return row;
  });
}
