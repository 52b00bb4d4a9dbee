import { quoteAndCreateBooking } from '@touriquest/bookings';
import {
  applyDatabaseLogic,
  createDb,
  type Database,
  queryOne,
  queryRows,
  sql,
  withActor,
} from '@touriquest/core';
import { listNotifications, unreadNotificationCount } from '@touriquest/social';
import { createScratchServerDatabase, engines } from '@touriquest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProperty, makeUser } from '../../bookings/test/fixtures';
import { runDoctor } from '../src/cli/doctor';
import { allLogic } from '../src/logic';
import { migrateDatabase } from '../src/migrate';
import { type Schema, schema } from '../src/schema';
import { ensureTestLogins, urlAs } from './helpers';

/**
 * Real logins, the way operators set them up (README, "Security"): a service login in touriquest_app and a
 * deploy login in touriquest_migrator, on the server. The service does its work through the packages'
 * helpers under row-level security; the deployer migrates and what it makes stays the migrator's.
 */
if (engines().includes('postgres')) {
  describe('service and deploy logins on the server', () => {
    let admin: Awaited<ReturnType<typeof createScratchServerDatabase>>;
    let service: Database<Schema>;
    let deployer: Database<Schema>;
    const loginUrl = (user: string) => urlAs(admin.url, user);

    beforeAll(async () => {
      admin = await createScratchServerDatabase({ poolSize: 4 });
      await ensureTestLogins(admin.db);
      service = await createDb({ url: loginUrl('tq_test_service'), schema, poolSize: 4 });
      deployer = await createDb({ url: loginUrl('tq_test_deployer'), schema, poolSize: 2 });
    });
    afterAll(async () => {
      await service?.close();
      await deployer?.close();
      await admin?.drop();
    });

    it('a service books a stay through the helpers, is refused the overlap, and reads only its own notifications', async () => {
      const property = await makeProperty(admin.db);
      const [a, b] = [await makeUser(admin.db), await makeUser(admin.db)];
      for (const user of [a, b]) {
        await admin.db.execute(
          sql`insert into notifications (user_id, type, title) values (${user.id}, 'welcome', 'Welcome')`,
        );
      }
      const stay = { propertyId: property.id, checkIn: '2027-03-10', checkOut: '2027-03-12', adults: 2 };
      const { booking } = await withActor(service.db, a.id, (tx) =>
        quoteAndCreateBooking(tx, { ...stay, guestId: a.id }),
      );
      await expect(
        withActor(service.db, b.id, (tx) => quoteAndCreateBooking(tx, { ...stay, guestId: b.id })),
      ).rejects.toThrow(/not available|overlap/i);
      // Audited by the trigger although the service can neither write nor read audit_log itself.
      const audit = await queryOne<{ actor: string }>(
        admin.db,
        sql`select actor_id::text as actor from audit_log where table_name = 'bookings' and record_id = ${booking.id}`,
      );
      expect(audit?.actor).toBe(a.id);
      await expect(service.db.execute(sql`select count(*) from audit_log`)).rejects.toThrow();

      expect(await withActor(service.db, a.id, (tx) => unreadNotificationCount(tx, a.id))).toBe(1);
      expect(await withActor(service.db, a.id, (tx) => unreadNotificationCount(tx, b.id))).toBe(0);
      expect((await withActor(service.db, null, (tx) => listNotifications(tx, a.id))).items).toEqual([]);
    });

    it('doctor run as the service login names its own role and judges the other sessions', async () => {
      // Open here: the admin's superuser pool and the deployer (a member of the owner).
      const check = (await runDoctor(service)).checks.find((c) => c.name === 'connection role')!;
      expect(check.status).toBe('warn');
      expect(check.detail).toMatch(
        /^other sessions on this database as a superuser or the owner: superuser postgres ×\d+ \[postgres\.js\]; tq_test_deployer, a member of the owner touriquest_migrator ×\d+ \[postgres\.js\]\. /,
      );
      expect(check.detail).toMatch(/\(doctor runs as tq_test_service \(touriquest_app\)\)$/);
    });

    it('the deploy login migrates, and what it re-creates is still owned by the migrator', async () => {
      const report = await migrateDatabase(deployer);
      expect(report.applied).toEqual([]);
      await applyDatabaseLogic(deployer, allLogic, { force: true });
      const owners = await queryRows<{ owner: string; n: number }>(
        admin.db,
        sql`select pg_get_userbyid(p.proowner) as owner, count(*)::int as n from pg_proc p
             where p.pronamespace = 'public'::regnamespace
               and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
             group by 1`,
      );
      expect(owners.map((o) => o.owner)).toEqual(['touriquest_migrator']);
      // The service cannot do what the deployer just did.
      await expect(applyDatabaseLogic(service, allLogic, { force: true })).rejects.toThrow(
        /must be owner|permission denied/,
      );
    });
  });
}
