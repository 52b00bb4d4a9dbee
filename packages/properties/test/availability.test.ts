import { describeEngines, expectRule, refusedByBoth } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertPropertyAvailabilitySchema, propertyAvailability } from '../src';
import { makeProperty } from './fixtures';

describeEngines('property availability', (ctx) => {
  it('never lets two ranges of one property overlap, but allows adjacent ranges and other properties', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const q = await makeProperty(tx);
      await tx
        .insert(propertyAvailability)
        .values({ propertyId: p.id, during: { start: '2026-07-01', end: '2026-07-10' } });
      // [07-10, 07-15) starts on the day the first range stops covering: adjacent, not overlapping.
      await tx.insert(propertyAvailability).values({
        propertyId: p.id,
        during: { start: '2026-07-10', end: '2026-07-15' },
        status: 'maintenance',
      });
      await tx
        .insert(propertyAvailability)
        .values({ propertyId: q.id, during: { start: '2026-07-05', end: '2026-07-08' } });
      const err = await expectRule(tx, 'property_availability_no_overlap_excl', (sp) =>
        sp
          .insert(propertyAvailability)
          .values({ propertyId: p.id, during: { start: '2026-07-09', end: '2026-07-11' } }),
      );
      expect(err.kind).toBe('exclusion');
      // An open-ended block overlaps everything after its start.
      await expectRule(tx, 'property_availability_no_overlap_excl', (sp) =>
        sp
          .insert(propertyAvailability)
          .values({ propertyId: p.id, during: { start: '2026-07-14', end: null } }),
      );
      // Moving a range onto another one is refused too.
      const [later] = await tx
        .insert(propertyAvailability)
        .values({ propertyId: p.id, during: { start: '2026-08-01', end: '2026-08-03' } })
        .returning();
      await expectRule(tx, 'property_availability_no_overlap_excl', (sp) =>
        sp
          .update(propertyAvailability)
          .set({ during: { start: '2026-07-14', end: '2026-08-02' } })
          .where(eq(propertyAvailability.id, later!.id)),
      );
      const rows = await tx
        .select()
        .from(propertyAvailability)
        .where(eq(propertyAvailability.propertyId, p.id));
      expect(rows.map((r) => r.during).sort((a, b) => a.start!.localeCompare(b.start!))).toEqual([
        { start: '2026-07-01', end: '2026-07-10' },
        { start: '2026-07-10', end: '2026-07-15' },
        { start: '2026-08-01', end: '2026-08-03' },
      ]);
    }));

  it('refuses empty and start-less ranges in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      await refusedByBoth(
        tx,
        insertPropertyAvailabilitySchema,
        { propertyId: p.id, during: { start: null, end: '2026-07-01' } },
        'property_availability_during_check',
        (sp) =>
          sp
            .insert(propertyAvailability)
            .values({ propertyId: p.id, during: { start: null, end: '2026-07-01' } }),
      );
      expect(
        insertPropertyAvailabilitySchema.safeParse({
          propertyId: p.id,
          during: { start: '2026-07-02', end: '2026-07-02' },
        }).success,
      ).toBe(false);
      await expectRule(tx, 'property_availability_during_check', (sp) =>
        sp.execute(
          sql`insert into property_availability (property_id, during) values (${p.id}, daterange('2026-07-02', '2026-07-02'))`,
        ),
      );
    }));
});
