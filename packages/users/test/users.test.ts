import {
  auditHistory,
  queryOne,
  restoreWhere,
  softDeleteWhere,
  toRuleError,
  withActor,
} from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertUserSchema, users, usersRules } from '../src';

const alice = { email: 'alice@example.com', username: 'alice' };

describeEngines('users', (ctx) => {
  it('zod and the database both refuse a malformed email, username and phone', () =>
    ctx.rollback(async (tx) => {
      for (const bad of [
        { ...alice, email: 'not-an-email' },
        { ...alice, username: 'Al' },
        { ...alice, phone: '0600000000' },
      ]) {
        expect(insertUserSchema.safeParse(bad).success).toBe(false);
      }
      await expectRule(tx, 'users_email_format_check', (sp) =>
        sp.insert(users).values({ ...alice, email: 'not-an-email' }),
      );
      await expectRule(tx, 'users_username_format_check', (sp) =>
        sp.insert(users).values({ ...alice, username: 'Al' }),
      );
      await expectRule(tx, 'users_phone_e164_check', (sp) =>
        sp.insert(users).values({ ...alice, phone: '0600000000' }),
      );
      expect(insertUserSchema.parse({ ...alice, phone: '+212600000000' }).phone).toBe('+212600000000');
    }));

  it('treats emails case-insensitively and frees them when the account is soft-deleted', () =>
    ctx.rollback(async (tx) => {
      const [first] = await tx.insert(users).values(alice).returning();
      const err = await expectRule(tx, 'users_email_key', (sp) =>
        sp.insert(users).values({ email: 'ALICE@example.com', username: 'alice2' }),
      );
      expect(toRuleError(err.cause, usersRules)?.message).toContain('email is already in use');
      await expectRule(tx, 'users_username_key', (sp) =>
        sp.insert(users).values({ email: 'a2@example.com', username: 'alice' }),
      );
      await softDeleteWhere(tx, users, eq(users.id, first!.id));
      const [second] = await tx.insert(users).values(alice).returning();
      expect(second!.id).not.toBe(first!.id);
      // Restoring the first account would now collide with the new one, and the index says so.
      await expectRule(tx, 'users_email_key', (sp) => restoreWhere(sp, users, eq(users.id, first!.id)));
    }));

  it('records who changed what in the audit log, soft delete and restore included', () =>
    ctx.rollback(async (tx) => {
      const [admin] = await tx
        .insert(users)
        .values({ email: 'admin@example.com', username: 'admin', role: 'admin' })
        .returning();
      const user = await withActor(tx, admin!.id, async (a) => {
        const [u] = await a.insert(users).values(alice).returning();
        await a.update(users).set({ firstName: 'Alice' }).where(eq(users.id, u!.id));
        await softDeleteWhere(a, users, eq(users.id, u!.id));
        await restoreWhere(a, users, eq(users.id, u!.id));
        return u!;
      });
      const history = await auditHistory(tx, 'users', user.id);
      expect(history.map((h) => h.action).reverse()).toEqual(['insert', 'update', 'soft_delete', 'restore']);
      expect(history.every((h) => h.actorId === admin!.id)).toBe(true);
      const update = history.find((h) => h.action === 'update')!;
      expect(update.changedFields).toContain('first_name');
      expect(update.oldData?.first_name).toBeNull();
      expect(update.newData?.first_name).toBe('Alice');
      const [row] = await tx.select().from(users).where(eq(users.id, user.id));
      expect(row).toMatchObject({
        createdBy: admin!.id,
        updatedBy: admin!.id,
        deletedAt: null,
        deletedBy: null,
      });
    }));

  it('stamps deleted_by with the actor on soft delete', () =>
    ctx.rollback(async (tx) => {
      const [admin] = await tx
        .insert(users)
        .values({ email: 'admin@example.com', username: 'admin' })
        .returning();
      const [u] = await tx.insert(users).values(alice).returning();
      await withActor(tx, admin!.id, (a) => softDeleteWhere(a, users, eq(users.id, u!.id)));
      const [row] = await tx.select().from(users).where(eq(users.id, u!.id));
      expect(row!.deletedBy).toBe(admin!.id);
      expect(row!.deletedAt).toBeInstanceOf(Date);
    }));

  it('moves updated_at on a raw SQL update, outside the ORM', () =>
    ctx.rollback(async (tx) => {
      const [u] = await tx.insert(users).values(alice).returning();
      await tx.execute(sql`update users set first_name = 'Raw' where id = ${u!.id}`);
      const row = await queryOne<{ moved: boolean }>(
        tx,
        sql`select updated_at > created_at as moved from users where id = ${u!.id}`,
      );
      expect(row?.moved).toBe(true);
    }));

  it('keeps the audit log append-only', () =>
    ctx.rollback(async (tx) => {
      await tx.insert(users).values(alice);
      await expectRule(tx, 'audit_log_append_only', (sp) =>
        sp.execute(sql`update audit_log set action = 'update'`),
      );
      await expectRule(tx, 'audit_log_append_only', (sp) => sp.execute(sql`delete from audit_log`));
    }));
});
