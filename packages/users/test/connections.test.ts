import { withActor } from '@touriquest/core';
import { describeEngines, expectRule, makeUsers, refusedByBoth, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  acceptConnection,
  blockUser,
  declineConnection,
  findConnection,
  insertUserSocialConnectionSchema,
  requestConnection,
  unblockUser,
  userSocialConnections,
} from '../src';

const noActor = sql`select set_config('app.actor_id', '', true)`;

describeEngines('user_social_connections', (ctx) => {
  it('keeps one row per unordered pair and never a connection with oneself', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      const first = await requestConnection(tx, a!.id, b!.id);
      expect(first.status).toBe('pending');
      await expectRule(tx, 'user_social_connections_pair_key', (sp) => requestConnection(sp, b!.id, a!.id));
      await expectRule(tx, 'user_social_connections_pair_key', (sp) => requestConnection(sp, a!.id, b!.id));
      const self = { requesterId: a!.id, addresseeId: a!.id };
      await refusedByBoth(
        tx,
        insertUserSocialConnectionSchema,
        self,
        'user_social_connections_not_self_check',
        (sp) => sp.insert(userSocialConnections).values(self),
      );
      expect((await findConnection(tx, b!.id, a!.id))?.id).toBe(first.id);
    }));

  it('lets the addressee accept or decline a pending request', () =>
    ctx.rollback(async (tx) => {
      const [a, b, c] = await makeUsers(tx, 3);
      await requestConnection(tx, a!.id, b!.id);
      // Only the addressee's answer counts.
      expect(await acceptConnection(tx, a!.id, b!.id)).toBeUndefined();
      const accepted = await acceptConnection(tx, b!.id, a!.id);
      expect(accepted).toMatchObject({ status: 'accepted', blockedBy: null });
      expect(accepted!.respondedAt).toBeInstanceOf(Date);
      await requestConnection(tx, c!.id, a!.id);
      expect(await declineConnection(tx, a!.id, c!.id)).toMatchObject({ status: 'declined' });
    }));

  it('keeps a block until the blocker lifts it', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      await requestConnection(tx, a!.id, b!.id);
      await acceptConnection(tx, b!.id, a!.id);
      const blocked = await blockUser(tx, b!.id, a!.id);
      expect(blocked).toMatchObject({ status: 'blocked', blockedBy: b!.id, requesterId: a!.id });
      // The blocked user can neither lift the block nor take it over, nor can anyone without an actor.
      await expectRule(tx, 'user_social_connections_block_kept_check', (sp) => unblockUser(sp, a!.id, b!.id));
      await expectRule(tx, 'user_social_connections_block_kept_check', (sp) => blockUser(sp, a!.id, b!.id));
      // withActor's setting is transaction-local and this test shares one outer transaction: clear it.
      await tx.execute(noActor);
      await expectRule(tx, 'user_social_connections_block_kept_check', (sp) =>
        sp.execute(sql`update user_social_connections set status = 'accepted' where id = ${blocked.id}`),
      );
      await expectRule(tx, 'user_social_connections_block_kept_check', (sp) =>
        withActor(sp, a!.id, (x: TestDb) =>
          x
            .update(userSocialConnections)
            .set({ status: 'pending' })
            .where(eq(userSocialConnections.id, blocked.id)),
        ),
      );
      // Nor can a new request sneak around it.
      await expectRule(tx, 'user_social_connections_pair_key', (sp) => requestConnection(sp, a!.id, b!.id));
      const lifted = await unblockUser(tx, b!.id, a!.id);
      expect(lifted).toMatchObject({ status: 'declined', blockedBy: null });
    }));

  it('blocks a stranger with no prior connection, and a blocked row names one of the pair', () =>
    ctx.rollback(async (tx) => {
      const [a, b, c] = await makeUsers(tx, 3);
      const row = await blockUser(tx, a!.id, b!.id);
      expect(row).toMatchObject({
        status: 'blocked',
        blockedBy: a!.id,
        requesterId: a!.id,
        addresseeId: b!.id,
      });
      const outsider = {
        requesterId: b!.id,
        addresseeId: c!.id,
        status: 'blocked' as const,
        blockedBy: a!.id,
      };
      await refusedByBoth(
        tx,
        insertUserSocialConnectionSchema,
        outsider,
        'user_social_connections_blocked_by_check',
        (sp) => sp.insert(userSocialConnections).values(outsider),
      );
      // A raw insert of a block without blocked_by, and without an actor, records the requester as blocker.
      await tx.execute(noActor);
      const [raw] = await tx
        .insert(userSocialConnections)
        .values({ requesterId: c!.id, addresseeId: a!.id, status: 'blocked' })
        .returning();
      expect(raw!.blockedBy).toBe(c!.id);
    }));
});
