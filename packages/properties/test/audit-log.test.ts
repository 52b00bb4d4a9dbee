import { auditHistory, queryRows, withActor } from '@touriquest/core';
import { describeEngines, makeHost, uniq } from '@touriquest/testing';
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { properties } from '../src';
import { propertyInput } from './fixtures';

type AuditRow = Awaited<ReturnType<typeof auditHistory>>[number];

/** Replays a record's audit history oldest first: the insert's whole row, then each update's changes. */
function replay(history: AuditRow[]): Record<string, unknown> {
  let row: Record<string, unknown> = {};
  for (const h of [...history].reverse()) {
    row = h.action === 'insert' ? { ...h.newData } : { ...row, ...h.newData };
  }
  return row;
}

describeEngines('audit log storage (tq_audit_rows, once per statement)', (ctx) => {
  it('an update stores only what changed, before and after; insert and delete store the whole row', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const [p] = await tx.insert(properties).values(propertyInput(host.id)).returning();
      await tx
        .update(properties)
        .set({ basePriceMinor: 12_500, maxGuests: 6 })
        .where(eq(properties.id, p!.id));
      const [update] = await auditHistory(tx, 'properties', p!.id, 1);
      expect(update!.action).toBe('update');
      expect(update!.changedFields).toEqual(['base_price_minor', 'max_guests', 'updated_at']);
      expect(Object.keys(update!.oldData!).sort()).toEqual(update!.changedFields);
      expect(Object.keys(update!.newData!).sort()).toEqual(update!.changedFields);
      expect(update!.oldData).toMatchObject({ base_price_minor: 10_000, max_guests: 4 });
      expect(update!.newData).toMatchObject({ base_price_minor: 12_500, max_guests: 6 });

      await tx.delete(properties).where(eq(properties.id, p!.id));
      const [deleted, , inserted] = await auditHistory(tx, 'properties', p!.id);
      expect(deleted!.action).toBe('delete');
      expect(inserted!.action).toBe('insert');
      for (const whole of [deleted!.oldData!, inserted!.newData!]) {
        expect(whole).toMatchObject({ id: p!.id, title: 'Riad Dar Atlas', host_id: host.id });
        // Generated columns are derived, never logged.
        expect(whole).not.toHaveProperty('search_vector');
      }
    }));

  it('replaying insert + updates rebuilds the row as it is now (restore-by-audit)', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const [p] = await tx.insert(properties).values(propertyInput(host.id)).returning();
      await tx.update(properties).set({ title: 'Riad Atlas Blue' }).where(eq(properties.id, p!.id));
      await tx
        .update(properties)
        .set({ location: { lon: -7.99, lat: 31.63 }, city: 'Marrakech' })
        .where(eq(properties.id, p!.id));
      const rebuilt = replay(await auditHistory(tx, 'properties', p!.id));
      const [now] = await queryRows<Record<string, unknown>>(
        tx,
        sql`select to_jsonb(x) as row from (select p.*, st_asewkt(p.location) as location from properties p
              where p.id = ${p!.id}) x`,
      ).then((r) => r.map((x) => (x as { row: Record<string, unknown> }).row));
      const generated = await queryRows<{ name: string }>(
        tx,
        sql`select attname as name from pg_attribute where attrelid = 'properties'::regclass and attgenerated <> ''`,
      );
      expect(generated.map((g) => g.name).sort()).toEqual(['city_key', 'search_vector']);
      const current = Object.fromEntries(
        Object.entries(now!).filter(([k]) => !generated.some((g) => g.name === k)),
      );
      expect(rebuilt).toEqual(current);
      // Geometry is logged as EWKT and casts back to the same point.
      expect(rebuilt.location).toBe('SRID=4326;POINT(-7.99 31.63)');
      const [back] = await queryRows<{ same: boolean }>(
        tx,
        sql`select (${rebuilt.location}::text)::geometry = location as same from properties where id = ${p!.id}`,
      );
      expect(back!.same).toBe(true);
    }));

  it('one bulk statement writes one audit row per changed row, with the actor; no-op and touch-only updates write none', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const rows = await withActor(tx, host.id, (a) =>
        a
          .insert(properties)
          .values(Array.from({ length: 25 }, () => propertyInput(host.id, { slug: uniq('bulk') })))
          .returning({ id: properties.id }),
      );
      const ids = rows.map((r) => r.id);
      await withActor(tx, host.id, (a) =>
        a.update(properties).set({ minNights: 2 }).where(inArray(properties.id, ids)),
      );
      // Same values again: nothing changed but updated_at (the touch trigger) — not a business change.
      await tx.update(properties).set({ minNights: 2 }).where(inArray(properties.id, ids));
      const counts = await queryRows<{ action: string; n: number; actors: number }>(
        tx,
        sql`select action, count(*)::int as n, count(distinct actor_id)::int as actors from audit_log
             where table_name = 'properties' and record_id in ${ids} group by action order by action`,
      );
      expect(counts).toEqual([
        { action: 'insert', n: 25, actors: 1 },
        { action: 'update', n: 25, actors: 1 },
      ]);
    }));

  it('keeps redacted values out of a bulk raw-SQL update while naming the column as changed', () =>
    ctx.rollback(async (tx) => {
      const users = await Promise.all([makeHost(tx), makeHost(tx)]);
      const ids = users.map((u) => u.id);
      await tx.execute(
        sql`insert into user_auth (user_id, mfa_recovery_code_hashes)
            select id, '{}' from users where id in ${ids} on conflict do nothing`,
      );
      await tx.execute(
        sql`update user_auth set password_hash = '$argon2id$secret-' || user_id::text where user_id in ${ids}`,
      );
      const logged = await queryRows<{ changed: string[]; data: string }>(
        tx,
        sql`select changed_fields as changed, coalesce(old_data::text, '') || coalesce(new_data::text, '') as data
              from audit_log where table_name = 'user_auth' and action = 'update' and record_id in
                   (select id from user_auth where user_id in ${ids})`,
      );
      expect(logged).toHaveLength(2);
      for (const row of logged) {
        expect(row.changed).toContain('password_hash');
        expect(row.data).not.toContain('secret-');
      }
    }));
});
