import { queryOne } from '@touriquest/core';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  makeUsers,
  type TestDb,
} from '@touriquest/testing';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertTravelGroupSchema, travelGroupMembers, travelGroups } from '../src';

async function groupCounts(db: TestDb, groupId: string) {
  const row = await queryOne<{ stored: number; joined: number; max: number }>(
    db,
    sql`select g.member_count as stored, g.max_members as max,
          (select count(*)::int from travel_group_members m where m.group_id = g.id and m.status = 'joined') as joined
        from travel_groups g where g.id = ${groupId}`,
  );
  expect(row!.stored).toBe(row!.joined);
  return row!;
}

describeEngines('travel groups', (ctx) => {
  it('validates trip dates and capacity in zod and SQL', () =>
    ctx.rollback(async (tx) => {
      const [o] = await makeUsers(tx, 1);
      const base = { ownerId: o!.id, name: 'Atlas trek', destination: 'Imlil', maxMembers: 5 };
      expect(
        insertTravelGroupSchema.safeParse({ ...base, startsOn: '2027-05-10', endsOn: '2027-05-01' }).success,
      ).toBe(false);
      expect(insertTravelGroupSchema.safeParse({ ...base, maxMembers: 0 }).success).toBe(false);
      expect(
        insertTravelGroupSchema.safeParse({ ...base, startsOn: '2027-05-01', endsOn: '2027-05-01' }).success,
      ).toBe(true);
      await expectRule(tx, 'travel_groups_dates_check', (sp) =>
        sp.insert(travelGroups).values({ ...base, startsOn: '2027-05-10', endsOn: '2027-05-01' }),
      );
      await expectRule(tx, 'travel_groups_max_members_check', (sp) =>
        sp.insert(travelGroups).values({ ...base, maxMembers: 0 }),
      );
    }));

  it('never admits more joined members than max_members, and counts them exactly', () =>
    ctx.rollback(async (tx) => {
      const us = await makeUsers(tx, 5);
      const [g] = await tx
        .insert(travelGroups)
        .values({
          ownerId: us[0]!.id,
          name: 'Sahara',
          destination: 'Merzouga',
          maxMembers: 3,
          memberCount: 3,
        })
        .returning();
      expect(g!.memberCount).toBe(0);
      await tx.insert(travelGroupMembers).values([
        { groupId: g!.id, userId: us[0]!.id, role: 'owner', status: 'joined' },
        { groupId: g!.id, userId: us[1]!.id, status: 'joined' },
        { groupId: g!.id, userId: us[2]!.id, status: 'invited' },
        { groupId: g!.id, userId: us[3]!.id, status: 'invited' },
      ]);
      await tx
        .update(travelGroupMembers)
        .set({ status: 'joined' })
        .where(eq(travelGroupMembers.userId, us[2]!.id));
      await expectRule(tx, 'travel_group_members_capacity_check', (sp) =>
        sp
          .update(travelGroupMembers)
          .set({ status: 'joined' })
          .where(eq(travelGroupMembers.userId, us[3]!.id)),
      );
      await expectRule(tx, 'travel_group_members_capacity_check', (sp) =>
        sp.insert(travelGroupMembers).values({ groupId: g!.id, userId: us[4]!.id, status: 'joined' }),
      );
      await expectRule(tx, 'travel_group_members_group_user_key', (sp) =>
        sp.insert(travelGroupMembers).values({ groupId: g!.id, userId: us[1]!.id }),
      );
      // Fewer places than joined members is refused as well.
      await expectRule(tx, 'travel_groups_member_count_check', (sp) =>
        sp.update(travelGroups).set({ maxMembers: 2 }).where(eq(travelGroups.id, g!.id)),
      );
      // Someone leaves: a place frees up.
      await tx
        .update(travelGroupMembers)
        .set({ status: 'left' })
        .where(eq(travelGroupMembers.userId, us[1]!.id));
      await tx
        .update(travelGroupMembers)
        .set({ status: 'joined' })
        .where(eq(travelGroupMembers.userId, us[3]!.id));
      await tx
        .delete(travelGroupMembers)
        .where(and(eq(travelGroupMembers.groupId, g!.id), eq(travelGroupMembers.userId, us[0]!.id)));
      const counts = await groupCounts(tx, g!.id);
      expect(counts).toMatchObject({ stored: 2, joined: 2 });
      const [left] = await tx
        .select()
        .from(travelGroupMembers)
        .where(eq(travelGroupMembers.userId, us[1]!.id));
      expect(left!.leftAt).toBeInstanceOf(Date);
    }));
});

describeServer('travel group capacity under concurrency', () => {
  it('admits exactly max_members when 30 users join a group of 5 at once', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 40 });
    try {
      const db = scratch.db as unknown as TestDb;
      const us = await makeUsers(db, 30);
      const [g] = await db
        .insert(travelGroups)
        .values({ ownerId: us[0]!.id, name: 'Rush', destination: 'Essaouira', maxMembers: 5 })
        .returning();
      const results = await Promise.allSettled(
        us.map((u) =>
          db.transaction(async (t) => {
            await t.insert(travelGroupMembers).values({ groupId: g!.id, userId: u.id, status: 'joined' });
          }),
        ),
      );
      const ok = results.filter((r) => r.status === 'fulfilled').length;
      expect(ok).toBe(5);
      const { toRuleError } = await import('@touriquest/core');
      for (const r of results) {
        if (r.status === 'rejected')
          expect(toRuleError(r.reason)?.rule).toBe('travel_group_members_capacity_check');
      }
      expect(await groupCounts(db, g!.id)).toMatchObject({ stored: 5, joined: 5 });
    } finally {
      await scratch.drop();
    }
  });
});
