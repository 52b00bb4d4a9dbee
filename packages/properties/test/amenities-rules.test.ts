import { describeEngines, expectRule, refusedByBoth, uniq } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  amenities,
  insertAmenitySchema,
  insertPropertyRuleSchema,
  propertyAmenities,
  propertyRules,
} from '../src';
import { makeProperty } from './fixtures';

describeEngines('amenities and house rules', (ctx) => {
  it('lists each amenity once per property, from a catalog with unique codes', () =>
    ctx.rollback(async (tx) => {
      const code = uniq('pool').replace(/-/g, '_');
      const [pool] = await tx
        .insert(amenities)
        .values({ code, name: 'Pool', category: 'outdoor', icon: 'pool' })
        .returning();
      await expectRule(tx, 'amenities_code_key', (sp) =>
        sp.insert(amenities).values({ code, name: 'Another pool' }),
      );
      await refusedByBoth(
        tx,
        insertAmenitySchema,
        { code: 'Pool!', name: 'Pool' },
        'amenities_code_check',
        (sp) => sp.insert(amenities).values({ code: 'Pool!', name: 'Pool' }),
      );
      const p = await makeProperty(tx);
      await tx
        .insert(propertyAmenities)
        .values({ propertyId: p.id, amenityId: pool!.id, details: 'heated, May–Oct' });
      const err = await expectRule(tx, 'property_amenities_pkey', (sp) =>
        sp.insert(propertyAmenities).values({ propertyId: p.id, amenityId: pool!.id }),
      );
      expect(err.kind).toBe('unique');
      // The catalog entry cannot vanish from under a listing.
      await expectRule(tx, 'property_amenities_amenity_id_amenities_id_fk', (sp) =>
        sp.delete(amenities).where(eq(amenities.id, pool!.id)),
      );
      const listed = await tx.query.properties.findFirst({
        where: (t, { eq: e }) => e(t.id, p.id),
        with: { amenities: { with: { amenity: true } } },
      });
      expect(listed?.amenities.map((a) => a.amenity.code)).toEqual([code]);
    }));

  it('keeps one rule of each kind per property (custom ones aside) and times only on quiet hours', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx);
      await tx.insert(propertyRules).values([
        { propertyId: p.id, ruleType: 'pets', allowed: true, description: 'small dogs welcome' },
        { propertyId: p.id, ruleType: 'quiet_hours', allowed: true, startTime: '22:00', endTime: '07:00' },
        { propertyId: p.id, ruleType: 'custom', description: 'shoes off indoors' },
        { propertyId: p.id, ruleType: 'custom', description: 'no cooking after 22:00' },
      ]);
      await expectRule(tx, 'property_rules_property_id_rule_type_key', (sp) =>
        sp.insert(propertyRules).values({ propertyId: p.id, ruleType: 'pets', allowed: false }),
      );
      const cases: [Record<string, unknown>, string][] = [
        [{ ruleType: 'quiet_hours', allowed: true, startTime: '22:00' }, 'property_rules_quiet_hours_check'],
        [
          { ruleType: 'smoking', allowed: false, startTime: '22:00', endTime: '07:00' },
          'property_rules_quiet_hours_check',
        ],
        [{ ruleType: 'custom', description: '  ' }, 'property_rules_custom_description_check'],
      ];
      const q = await makeProperty(tx);
      for (const [r, rule] of cases) {
        const row = { propertyId: q.id, ...r } as typeof propertyRules.$inferInsert;
        await refusedByBoth(tx, insertPropertyRuleSchema, row, rule, (sp) =>
          sp.insert(propertyRules).values(row),
        );
      }
    }));
});
