import { propertyAvailability } from '@touriquest/properties';
import { describeEngines } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { bookings, isPropertyAvailable } from '../src';
import { makeBooking, makeProperty, makeUser } from './fixtures';

describeEngines('isPropertyAvailable (the check before booking)', (ctx) => {
  it('is false over a pending or confirmed stay or a host block, true back-to-back and for a cancelled stay', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      const g = await makeUser(tx);
      const free = (checkIn: string, checkOut: string) =>
        isPropertyAvailable(tx, { propertyId: p.id, checkIn, checkOut });
      expect(await free('2027-06-10', '2027-06-12')).toBe(true);
      await makeBooking(tx, p.id, g.id, { checkIn: '2027-06-10', checkOut: '2027-06-12', status: 'pending' });
      expect(await free('2027-06-11', '2027-06-13')).toBe(false);
      expect(await free('2027-06-12', '2027-06-14')).toBe(true); // check-out day is free
      const c = await makeBooking(tx, p.id, g.id, { checkIn: '2027-07-01', checkOut: '2027-07-03' });
      expect(await free('2027-07-01', '2027-07-03')).toBe(false);
      await tx.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, c.id));
      expect(await free('2027-07-01', '2027-07-03')).toBe(true);
      await tx
        .insert(propertyAvailability)
        .values({ propertyId: p.id, during: { start: '2027-08-01', end: '2027-08-05' }, status: 'blocked' });
      expect(await free('2027-08-04', '2027-08-06')).toBe(false);
    }));

  it('is false for a listing that is not active, and refuses reversed dates', () =>
    ctx.rollback(async (tx) => {
      const draft = await makeProperty(tx, { status: 'draft' });
      expect(
        await isPropertyAvailable(tx, {
          propertyId: draft.id,
          checkIn: '2027-06-10',
          checkOut: '2027-06-12',
        }),
      ).toBe(false);
      await expect(
        isPropertyAvailable(tx, { propertyId: draft.id, checkIn: '2027-06-12', checkOut: '2027-06-10' }),
      ).rejects.toThrow(/check-out must be after check-in/);
    }));
});
