import { randomBytes } from 'node:crypto';
import { queryOne, queryRows, roleNames, sql } from '@touriquest/core';
import { describeEngines, makeUsers, type TestDb } from '@touriquest/testing';
import type { SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { makeBooking, makeProperty } from '../../bookings/test/fixtures';

/**
 * Least privilege (migrations 0013 and 0014): what a service connected as touriquest_app can and cannot do,
 * row-level security keyed on the transaction's actor, the read-only and back-office roles, and the guards
 * no role gets past. Each check runs as the role (SET LOCAL ROLE inside a savepoint), on both engines.
 */

const { app, readonly, backoffice, migrator } = roleNames;

/** Run `fn` as `role` with `actor` (null: none), in a savepoint; the role and actor end with it. */
async function as<T>(
  tx: TestDb,
  role: string,
  actor: string | null,
  fn: (sp: TestDb) => Promise<T>,
): Promise<T> {
  return tx.transaction(async (sp) => {
    await sp.execute(sql.raw(`set local role ${role}`));
    await sp.execute(sql`select set_config('app.actor_id', ${actor ?? ''}, true)`);
    const out = await fn(sp as unknown as TestDb);
    await sp.execute(sql`reset role`);
    await sp.execute(sql`select set_config('app.actor_id', '', true)`);
    return out;
  }) as Promise<T>;
}

/** The statement fails as `role` with an error matching `message`; nothing it did remains. */
async function refused(tx: TestDb, role: string, actor: string | null, statement: SQL, message: RegExp) {
  const err = await as(tx, role, actor, (sp) => sp.execute(statement)).then(
    () => undefined,
    (e: Error & { cause?: Error }) => e.cause ?? e,
  );
  expect(
    err?.message,
    `as ${role}: ${statement.queryChunks.map((c) => (typeof c === 'object' && c && 'value' in c ? (c.value as string[]).join('') : '?')).join('')}`,
  ).toMatch(message);
}

const count = async (db: TestDb, q: SQL) => (await queryOne<{ n: number }>(db, q))!.n;

/** The private tables and how to count a user's rows in each. */
const privateTables: Record<string, (user: string) => SQL> = {
  user_auth: (u) => sql`select count(*)::int as n from user_auth where user_id = ${u}`,
  user_sessions: (u) => sql`select count(*)::int as n from user_sessions where user_id = ${u}`,
  user_identities: (u) => sql`select count(*)::int as n from user_identities where user_id = ${u}`,
  user_preferences: (u) => sql`select count(*)::int as n from user_preferences where user_id = ${u}`,
  notifications: (u) => sql`select count(*)::int as n from notifications where user_id = ${u}`,
  ai_conversations: (u) => sql`select count(*)::int as n from ai_conversations where user_id = ${u}`,
  ai_messages: (u) =>
    sql`select count(*)::int as n from ai_messages m join ai_conversations c on c.id = m.conversation_id where c.user_id = ${u}`,
  user_preference_learning: (u) =>
    sql`select count(*)::int as n from user_preference_learning where user_id = ${u}`,
  smart_recommendations: (u) =>
    sql`select count(*)::int as n from smart_recommendations where user_id = ${u}`,
  private_wishlists: (u) =>
    sql`select count(*)::int as n from wishlists where user_id = ${u} and visibility = 'private'`,
  private_wishlist_items: (u) =>
    sql`select count(*)::int as n from wishlist_items i join wishlists w on w.id = i.wishlist_id where w.user_id = ${u} and w.visibility = 'private'`,
};

/** One of everything private for `user`, written as the superuser (the test's own connection). */
async function privateRowsOf(tx: TestDb, user: string, propertyId: string) {
  await tx.execute(sql`insert into user_auth (user_id, mfa_recovery_code_hashes) values (${user}, '{}')`);
  await tx.execute(
    sql`insert into user_sessions (user_id, refresh_token_hash, expires_at)
        values (${user}, ${randomBytes(32).toString('hex')}, now() + interval '1 day')`,
  );
  await tx.execute(
    sql`insert into user_identities (user_id, provider, provider_user_id) values (${user}, 'google', ${`g-${user}`})`,
  );
  await tx.execute(sql`insert into user_preferences (user_id, accessibility_needs) values (${user}, '{}')`);
  await tx.execute(
    sql`insert into notifications (user_id, type, title) values (${user}, 'booking.confirmed', 'Your stay is booked')`,
  );
  const conversation = await queryOne<{ id: string }>(
    tx,
    sql`insert into ai_conversations (user_id, model) values (${user}, 'gpt-test') returning id`,
  );
  await tx.execute(
    sql`insert into ai_messages (conversation_id, role, content) values (${conversation!.id}, 'user', 'plan my trip')`,
  );
  await tx.execute(
    sql`insert into user_preference_learning (user_id, feature, weight, source) values (${user}, 'likes.riads', 1, 'explicit')`,
  );
  await tx.execute(
    sql`insert into smart_recommendations (user_id, algorithm, score, property_id) values (${user}, 'cf.v1', 0.5, ${propertyId})`,
  );
  for (const visibility of ['private', 'public'] as const) {
    const list = await queryOne<{ id: string }>(
      tx,
      sql`insert into wishlists (user_id, name, visibility, share_token)
          values (${user}, ${visibility}, ${visibility}, ${visibility === 'private' ? null : `tok-${user}`}) returning id`,
    );
    await tx.execute(
      sql`insert into wishlist_items (wishlist_id, property_id) values (${list!.id}, ${propertyId})`,
    );
  }
}

describeEngines('least privilege', (ctx) => {
  /** Users A and B with private rows each, a host H, and a booking of A's at H's property with a message. */
  async function world(tx: TestDb) {
    const [a, b] = await makeUsers(tx, 2);
    const property = await makeProperty(tx);
    await privateRowsOf(tx, a!.id, property.id);
    await privateRowsOf(tx, b!.id, property.id);
    const booking = await makeBooking(tx, property.id, a!.id);
    await tx.execute(
      sql`insert into booking_messages (booking_id, sender_id, body) values (${booking.id}, ${a!.id}, 'Arriving at 9pm')`,
    );
    return { a: a!.id, b: b!.id, host: property.hostId, booking: booking.id, property: property.id };
  }

  it('the roles exist, none logs in, and the migrator owns every object of ours', () =>
    ctx.rollback(async (tx) => {
      const roles = await queryRows<{ rolname: string; rolcanlogin: boolean; rolsuper: boolean }>(
        tx,
        sql`select rolname, rolcanlogin, rolsuper from pg_roles where rolname like 'touriquest\\_%' order by 1`,
      );
      expect(roles.map((r) => r.rolname)).toEqual([app, backoffice, migrator, readonly].sort());
      expect(roles.filter((r) => r.rolcanlogin || r.rolsuper)).toEqual([]);
      const notOurs = await queryRows<{ name: string; owner: string }>(
        tx,
        sql`select c.oid::regclass::text as name, pg_get_userbyid(c.relowner) as owner from pg_class c
             where c.relnamespace in ('public'::regnamespace, 'partitions'::regnamespace, 'drizzle'::regnamespace)
               and c.relkind in ('r', 'p', 'v', 'm', 'S')
               and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
               and pg_get_userbyid(c.relowner) <> ${migrator}
           union all
           select p.oid::regprocedure::text, pg_get_userbyid(p.proowner) from pg_proc p
             where p.pronamespace = 'public'::regnamespace
               and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
               and pg_get_userbyid(p.proowner) <> ${migrator}`,
      );
      expect(notOurs).toEqual([]);
    }));

  it('the app sees exactly its actor’s private rows: all of A’s, none of B’s', () =>
    ctx.rollback(async (tx) => {
      const { a, b } = await world(tx);
      for (const [table, rowsOf] of Object.entries(privateTables)) {
        const seen = await as(tx, app, a, async (sp) => ({
          own: await count(sp, rowsOf(a)),
          other: await count(sp, rowsOf(b)),
        }));
        expect({ table, ...seen }).toEqual({ table, own: 1, other: 0 });
        // The superuser sees both: the rows are there, the policy hides them.
        expect(await count(tx, rowsOf(b))).toBe(1);
      }
    }));

  it('without an actor the app sees nothing private', () =>
    ctx.rollback(async (tx) => {
      const { a, b } = await world(tx);
      for (const [table, rowsOf] of Object.entries(privateTables)) {
        const seen = await as(
          tx,
          app,
          null,
          async (sp) => (await count(sp, rowsOf(a))) + (await count(sp, rowsOf(b))),
        );
        expect({ table, seen }).toEqual({ table, seen: 0 });
      }
      expect(
        await as(tx, app, null, (sp) => count(sp, sql`select count(*)::int as n from booking_messages`)),
      ).toBe(0);
    }));

  it('the app cannot change or delete another user’s rows, nor write rows in their name', () =>
    ctx.rollback(async (tx) => {
      const { a, b, property } = await world(tx);
      const changed = await as(tx, app, a, async (sp) => {
        const rows = await queryRows<{ id: string }>(
          sp,
          sql`update user_sessions set revoked_at = now(), revoked_reason = 'stolen' where user_id = ${b} returning id`,
        );
        const gone = await queryRows<{ id: string }>(
          sp,
          sql`delete from notifications where user_id = ${b} returning id`,
        );
        const auth = await queryRows<{ id: string }>(
          sp,
          sql`update user_auth set failed_login_attempts = 99 where user_id = ${b} returning id`,
        );
        return rows.length + gone.length + auth.length;
      });
      expect(changed).toBe(0);
      expect(
        await count(
          tx,
          sql`select count(*)::int as n from user_sessions where user_id = ${b} and revoked_at is null`,
        ),
      ).toBe(1);
      const rls = /row-level security/;
      await refused(
        tx,
        app,
        a,
        sql`insert into ai_conversations (user_id, model) values (${b}, 'gpt-test')`,
        rls,
      );
      await refused(
        tx,
        app,
        a,
        sql`insert into user_preferences (user_id, accessibility_needs) values (${b}, '{}')`,
        rls,
      );
      await refused(tx, app, a, sql`update wishlists set user_id = ${b} where user_id = ${a}`, rls);
      const bList = await queryOne<{ id: string }>(
        tx,
        sql`select id from wishlists where user_id = ${b} and visibility = 'public'`,
      );
      await refused(
        tx,
        app,
        a,
        sql`insert into wishlist_items (wishlist_id, property_id) values (${bList!.id}, ${property})`,
        rls,
      );
      // A's own rows change as usual.
      const own = await as(tx, app, a, (sp) =>
        queryRows(sp, sql`update user_preferences set language = 'fr' where user_id = ${a} returning id`),
      );
      expect(own).toHaveLength(1);
    }));

  it('public wishlists are readable by anyone, private ones only by their owner', () =>
    ctx.rollback(async (tx) => {
      const { a, b } = await world(tx);
      const seen = await as(tx, app, a, (sp) =>
        queryRows<{ visibility: string; items: number }>(
          sp,
          sql`select w.visibility::text, (select count(*)::int from wishlist_items i where i.wishlist_id = w.id) as items
                from wishlists w where w.user_id = ${b} order by 1`,
        ),
      );
      expect(seen).toEqual([{ visibility: 'public', items: 1 }]);
    }));

  it('a booking’s messages are read by its guest and its host only; only a party writes, as the sender', () =>
    ctx.rollback(async (tx) => {
      const { a, b, host, booking } = await world(tx);
      const messages = sql`select count(*)::int as n from booking_messages where booking_id = ${booking}`;
      expect(await as(tx, app, a, (sp) => count(sp, messages))).toBe(1);
      expect(await as(tx, app, host, (sp) => count(sp, messages))).toBe(1);
      expect(await as(tx, app, b, (sp) => count(sp, messages))).toBe(0);
      await as(tx, app, host, (sp) =>
        sp.execute(
          sql`insert into booking_messages (booking_id, sender_id, body) values (${booking}, ${host}, 'Welcome!')`,
        ),
      );
      const rls = /row-level security/;
      await refused(
        tx,
        app,
        b,
        sql`insert into booking_messages (booking_id, sender_id, body) values (${booking}, ${b}, 'hi')`,
        // The sender rule (a trigger, for every role) speaks first; the policy would refuse it too.
        /neither the guest nor the host/,
      );
      await refused(
        tx,
        app,
        host,
        sql`insert into booking_messages (booking_id, sender_id, body) values (${booking}, ${a}, 'forged')`,
        rls,
      );
      expect(await count(tx, messages)).toBe(2);
    }));

  it('any flow may notify a user, but only the recipient reads the notification', () =>
    ctx.rollback(async (tx) => {
      const { a, b } = await world(tx);
      await as(tx, app, a, (sp) =>
        sp.execute(
          sql`insert into notifications (user_id, type, title) values (${b}, 'social.follow', 'A follows you')`,
        ),
      );
      const visible = sql`select count(*)::int as n from notifications where user_id = ${b}`;
      expect(await as(tx, app, a, (sp) => count(sp, visible))).toBe(0);
      expect(await as(tx, app, b, (sp) => count(sp, visible))).toBe(2);
    }));

  it('the back office sees every user’s private rows; the read-only role none of them', () =>
    ctx.rollback(async (tx) => {
      const { a, b } = await world(tx);
      for (const [table, rowsOf] of Object.entries(privateTables)) {
        const seen = await as(
          tx,
          backoffice,
          null,
          async (sp) => (await count(sp, rowsOf(a))) + (await count(sp, rowsOf(b))),
        );
        expect({ table, seen }).toEqual({ table, seen: 2 });
      }
      for (const table of [
        'user_auth',
        'user_sessions',
        'notifications',
        'booking_messages',
        'ai_messages',
        'audit_log',
      ]) {
        await refused(tx, readonly, a, sql.raw(`select count(*) from ${table}`), /permission denied/);
      }
      expect(
        await as(tx, readonly, null, (sp) =>
          count(sp, sql`select count(*)::int as n from users where id = ${a}`),
        ),
      ).toBe(1);
      await refused(
        tx,
        readonly,
        a,
        sql`update users set first_name = 'x' where id = ${a}`,
        /permission denied/,
      );
      // Settings through the view that hides secret values.
      await tx.execute(
        sql`insert into system_settings (key, value, type, is_secret) values ('tq.test.key', '"s3cret"', 'string', true)`,
      );
      const setting = await as(tx, readonly, null, (sp) =>
        queryOne<{ value: unknown }>(
          sp,
          sql`select value from system_settings_public where key = 'tq.test.key'`,
        ),
      );
      expect(setting).toEqual({ value: null });
    }));

  it('the app has DML and nothing else: no DDL, TRUNCATE, trigger or function changes, partitions or retention', () =>
    ctx.rollback(async (tx) => {
      const { a } = await world(tx);
      const denied = /permission denied|must be owner/;
      const attempts: SQL[] = [
        sql`truncate bookings`,
        sql`truncate audit_log`,
        sql`alter table bookings disable trigger all`,
        sql`alter table audit_log disable trigger audit_log_append_only_trg`,
        sql`drop trigger payment_transactions_append_only_trg on payment_transactions`,
        sql`create or replace function tq_forbid_mutation() returns trigger language plpgsql as $$ begin return null; end $$`,
        sql`alter table audit_log detach partition partitions.audit_log_default`,
        sql`select count(*) from partitions.audit_log_default`,
        sql`delete from partitions.audit_log_default`,
        sql`create table tq_intruder (id int)`,
        sql`alter table users add column intruder int`,
        sql`update partition_policies set retention = interval '0 days'`,
        sql`insert into audit_log (table_name, record_id, action) values ('users', gen_random_uuid(), 'delete')`,
        sql`select count(*) from audit_log`,
        sql`update payment_transactions set amount_minor = 0`,
        sql`delete from admin_audit_log`,
        sql`select tq_maintain_partitions()`,
      ];
      for (const statement of attempts) await refused(tx, app, a, statement, denied);
    }));

  it('the app’s writes are still audited, by the trigger, with the actor', () =>
    ctx.rollback(async (tx) => {
      const { a } = await world(tx);
      await as(tx, app, a, (sp) => sp.execute(sql`update users set first_name = 'Amal' where id = ${a}`));
      const row = await queryOne<{ action: string; actor: string }>(
        tx,
        sql`select action, actor_id::text as actor from audit_log where table_name = 'users' and record_id = ${a} order by occurred_at desc limit 1`,
      );
      expect(row).toEqual({ action: 'update', actor: a });
    }));

  it('append-only tables refuse UPDATE, DELETE and TRUNCATE even from their owner', () =>
    ctx.rollback(async (tx) => {
      const { a } = await world(tx);
      await tx.execute(sql`update users set first_name = 'History' where id = ${a}`);
      const appendOnly = /append-only/;
      for (const table of ['audit_log', 'payment_transactions', 'admin_audit_log']) {
        // TRUNCATE is refused by a statement trigger even on an empty table; UPDATE/DELETE by row triggers.
        await refused(tx, migrator, null, sql.raw(`truncate ${table}`), appendOnly);
      }
      await refused(tx, migrator, null, sql`delete from audit_log where record_id = ${a}`, appendOnly);
      await refused(
        tx,
        migrator,
        null,
        sql`update audit_log set actor_id = null where record_id = ${a}`,
        appendOnly,
      );
      await refused(tx, migrator, null, sql.raw('truncate partitions.audit_log_default'), appendOnly);
    }));
});
