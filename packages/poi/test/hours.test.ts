import { describeEngines, expectRule, refusedByBoth } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertPoiOpeningHoursSchema,
  isPoiOpen,
  type NewPoiOpeningHours,
  poiOpeningHours,
  pois,
} from '../src';
import { makePoi } from './fixtures';

// November 2026: Mon 23, Wed 25, Fri 27, Sat 28. Paris is UTC+1 (CET) then; Tokyo is always UTC+9.
const at = (iso: string) => new Date(iso);

describeEngines('poi opening hours', (ctx) => {
  it('covers the early hours of the next day with an overnight session', () =>
    ctx.rollback(async (tx) => {
      const bar = await makePoi(tx, { name: 'Le Bar de Nuit', timezone: 'Europe/Paris' });
      const [row] = await tx
        .insert(poiOpeningHours)
        .values({ poiId: bar.id, dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' })
        .returning();
      expect(row!.overnight).toBe(true);
      const open = (iso: string) => isPoiOpen(tx, bar.id, at(iso));
      expect(await open('2026-11-27T20:59:00Z')).toBe(false); // Fri 21:59 Paris
      expect(await open('2026-11-27T21:00:00Z')).toBe(true); // Fri 22:00
      expect(await open('2026-11-27T22:30:00Z')).toBe(true); // Fri 23:30
      expect(await open('2026-11-28T00:00:00Z')).toBe(true); // Sat 01:00
      expect(await open('2026-11-28T01:00:00Z')).toBe(false); // Sat 02:00: closing time is exclusive
      expect(await open('2026-11-28T02:00:00Z')).toBe(false); // Sat 03:00
      expect(await open('2026-11-28T21:30:00Z')).toBe(false); // Sat 22:30: no Saturday session
      expect(await open('2026-11-27T00:30:00Z')).toBe(false); // Fri 01:30: Thursday has no session
    }));

  it('lets a special date override the weekly hours, without cutting the previous night short', () =>
    ctx.rollback(async (tx) => {
      const museum = await makePoi(tx, { name: 'Musée', timezone: 'Europe/Paris' });
      const club = await makePoi(tx, { name: 'Club', timezone: 'Europe/Paris' });
      const rows: NewPoiOpeningHours[] = [
        { poiId: museum.id, dayOfWeek: 3, opensAt: '09:00', closesAt: '18:00' },
        { poiId: museum.id, specialDate: '2026-12-02', isClosed: true, note: 'strike' },
        { poiId: museum.id, specialDate: '2026-12-09', opensAt: '12:00', closesAt: '14:00' },
        // Weekly hours valid only from December on.
        { poiId: museum.id, dayOfWeek: 4, opensAt: '09:00', closesAt: '18:00', validFrom: '2026-12-01' },
        { poiId: club.id, dayOfWeek: 5, opensAt: '23:00', closesAt: '04:00' },
        { poiId: club.id, specialDate: '2026-12-05', isClosed: true },
        { poiId: club.id, specialDate: '2026-12-11', isClosed: true },
      ];
      for (const r of rows) expect(insertPoiOpeningHoursSchema.safeParse(r).success).toBe(true);
      await tx.insert(poiOpeningHours).values(rows);
      const open = (id: string, iso: string) => isPoiOpen(tx, id, at(iso));
      expect(await open(museum.id, '2026-11-25T09:00:00Z')).toBe(true); // Wed 10:00, weekly
      expect(await open(museum.id, '2026-12-02T09:00:00Z')).toBe(false); // Wed 10:00, special closure
      expect(await open(museum.id, '2026-12-09T09:00:00Z')).toBe(false); // Wed 10:00, special 12-14 only
      expect(await open(museum.id, '2026-12-09T12:00:00Z')).toBe(true); // Wed 13:00
      expect(await open(museum.id, '2026-11-26T09:00:00Z')).toBe(false); // Thu 26 Nov: before valid_from
      expect(await open(museum.id, '2026-12-03T09:00:00Z')).toBe(true); // Thu 3 Dec: valid
      // Sat 5 Dec is a closure day, but Friday's session started the evening before.
      expect(await open(club.id, '2026-12-05T01:00:00Z')).toBe(true); // Sat 02:00
      // Fri 11 Dec is closed, so there is no Friday-night session spilling into Saturday.
      expect(await open(club.id, '2026-12-11T23:00:00Z')).toBe(false); // Sat 12 Dec 00:00
      expect(await open(club.id, '2026-12-05T23:30:00Z')).toBe(false); // Sun 00:30
    }));

  it("reads the hours in the POI's own time zone (Asia/Tokyo)", () =>
    ctx.rollback(async (tx) => {
      const temple = await makePoi(tx, {
        name: 'Sensō-ji',
        timezone: 'Asia/Tokyo',
        location: { lon: 139.7967, lat: 35.7148 },
        countryCode: 'JP',
        city: 'Tokyo',
      });
      await tx
        .insert(poiOpeningHours)
        .values({ poiId: temple.id, dayOfWeek: 1, opensAt: '09:00', closesAt: '17:00' });
      const open = (iso: string) => isPoiOpen(tx, temple.id, at(iso));
      expect(await open('2026-11-23T00:30:00Z')).toBe(true); // Mon 09:30 Tokyo (00:30 UTC)
      expect(await open('2026-11-23T10:00:00Z')).toBe(false); // Mon 19:00 Tokyo (10:00 UTC)
      expect(await open('2026-11-22T23:30:00Z')).toBe(false); // Mon 08:30 Tokyo (Sunday in UTC)
      expect(await open('2026-11-23T07:59:00Z')).toBe(true); // Mon 16:59 Tokyo
      // A closed or deleted POI is never open.
      await tx.update(pois).set({ status: 'temporarily_closed' }).where(eq(pois.id, temple.id));
      expect(await open('2026-11-23T00:30:00Z')).toBe(false);
    }));

  it('refuses malformed rows in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const p = await makePoi(tx);
      const cases: [NewPoiOpeningHours, string][] = [
        [
          { poiId: p.id, dayOfWeek: 7, opensAt: '09:00', closesAt: '17:00' },
          'poi_opening_hours_day_of_week_check',
        ],
        [
          { poiId: p.id, dayOfWeek: 1, specialDate: '2026-12-01', opensAt: '09:00', closesAt: '17:00' },
          'poi_opening_hours_day_or_date_check',
        ],
        [{ poiId: p.id, opensAt: '09:00', closesAt: '17:00' }, 'poi_opening_hours_day_or_date_check'],
        [{ poiId: p.id, dayOfWeek: 1, opensAt: '09:00' }, 'poi_opening_hours_times_check'],
        [{ poiId: p.id, dayOfWeek: 1, opensAt: '09:00', closesAt: '09:00' }, 'poi_opening_hours_times_check'],
        [
          { poiId: p.id, dayOfWeek: 1, isClosed: true, opensAt: '09:00', closesAt: '17:00' },
          'poi_opening_hours_times_check',
        ],
        [
          {
            poiId: p.id,
            dayOfWeek: 1,
            opensAt: '09:00',
            closesAt: '17:00',
            validFrom: '2026-12-10',
            validTo: '2026-12-01',
          },
          'poi_opening_hours_validity_check',
        ],
      ];
      for (const [row, rule] of cases) {
        await refusedByBoth(tx, insertPoiOpeningHoursSchema, row as Record<string, unknown>, rule, (sp) =>
          sp.insert(poiOpeningHours).values(row),
        );
      }
      await expectRule(tx, 'poi_opening_hours_day_of_week_check', (sp) =>
        sp.insert(poiOpeningHours).values({ poiId: p.id, dayOfWeek: -1, isClosed: true }),
      );
      // A whole-day closure needs no times.
      await tx.insert(poiOpeningHours).values({ poiId: p.id, dayOfWeek: 1, isClosed: true });
    }));
});
