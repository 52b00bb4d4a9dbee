import { auditHistory, queryOne, softDeleteWhere, toRuleError, withActor } from '@touriquest/core';
import { describeEngines, expectRule, makeHost, refusedByBoth, uniq } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  findPropertyBySlug,
  insertPropertySchema,
  properties,
  propertiesRules,
  propertySlugHistory,
  updatePropertySchema,
} from '../src';
import { makeProperty, propertyInput } from './fixtures';

describeEngines('properties', (ctx) => {
  it('stores a listing and reads its location back as { lon, lat }', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, { bathrooms: 2.5, maxNights: 30, timezone: 'Africa/Casablanca' });
      expect(p.location).toEqual({ lon: -7.9811, lat: 31.6295 });
      expect(p).toMatchObject({
        bathrooms: 2.5,
        minNights: 1,
        maxNights: 30,
        cancellationPolicy: 'moderate',
        checkInTime: '15:00:00',
        defaultLocale: 'en',
        ratingAvg: 0,
      });
      expect(insertPropertySchema.parse(propertyInput(p.hostId)).slug).toMatch(/^riad-/);
    }));

  it('refuses zero guests, a max stay below the min stay and negative rooms, in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const cases: [Record<string, unknown>, string][] = [
        [{ maxGuests: 0 }, 'properties_max_guests_check'],
        [{ minNights: 0 }, 'properties_min_nights_check'],
        [{ minNights: 5, maxNights: 3 }, 'properties_max_nights_check'],
        [{ bedrooms: -1 }, 'properties_bedrooms_check'],
        [{ bathrooms: -0.5 }, 'properties_bathrooms_check'],
        [{ basePriceMinor: -100 }, 'properties_base_price_minor_check'],
        [{ slug: 'Not A Slug' }, 'properties_slug_format_check'],
        [{ countryCode: 'ma' }, 'properties_country_code_check'],
        [{ defaultLocale: 'english' }, 'properties_default_locale_check'],
        [{ metaTitle: 'x'.repeat(71) }, 'properties_meta_title_check'],
        [{ timezone: 'Mars/Olympus_Mons' }, 'properties_timezone_check'],
      ];
      for (const [over, rule] of cases) {
        const row = propertyInput(host.id, over);
        await refusedByBoth(tx, insertPropertySchema, row as Record<string, unknown>, rule, (sp) =>
          sp.insert(properties).values(row),
        );
      }
      // max_nights = min_nights is a fixed-length stay, allowed; null means no limit.
      await tx.insert(properties).values(propertyInput(host.id, { minNights: 3, maxNights: 3 }));
      await tx.insert(properties).values(propertyInput(host.id, { minNights: 3, maxNights: null }));
      expect(updatePropertySchema.safeParse({ minNights: 5, maxNights: 3 }).success).toBe(false);
    }));

  it('takes prices in integer minor units of a known currency', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      await refusedByBoth(
        tx,
        insertPropertySchema,
        propertyInput(host.id, { currency: 'eur' }) as Record<string, unknown>,
        'properties_currency_currencies_code_fk',
        (sp) => sp.insert(properties).values(propertyInput(host.id, { currency: 'eur' })),
      );
      // Well-formed but not a currency: only the foreign key knows.
      await expectRule(tx, 'properties_currency_currencies_code_fk', (sp) =>
        sp.insert(properties).values(propertyInput(host.id, { currency: 'XYZ' })),
      );
      expect(insertPropertySchema.safeParse(propertyInput(host.id, { basePriceMinor: 99.5 })).success).toBe(
        false,
      );
      const col = await queryOne<{ data_type: string }>(
        tx,
        sql`select data_type from information_schema.columns where table_name = 'properties' and column_name = 'base_price_minor'`,
      );
      expect(col?.data_type).toBe('bigint');
    }));

  it('rejects coordinates out of range in zod and in the database (raw SQL, lat 95)', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const bad = propertyInput(host.id, { location: { lon: -7.98, lat: 95 } });
      expect(insertPropertySchema.safeParse(bad).success).toBe(false);
      expect(insertPropertySchema.safeParse({ ...bad, location: { lon: 181, lat: 31 } }).success).toBe(false);
      const slug = uniq('raw');
      // PostGIS geography input would silently fold lat 95 to 85; the geometry column keeps it and the CHECK
      // refuses it.
      await expectRule(tx, 'properties_location_range_check', (sp) =>
        sp.execute(sql`
          insert into properties (host_id, type, title, slug, location, max_guests, base_price_minor, currency)
          values (${host.id}, 'riad', 'Too far north', ${slug}, 'SRID=4326;POINT(-7.98 95)', 2, 5000, 'EUR')`),
      );
      await expectRule(tx, 'properties_location_range_check', (sp) =>
        sp.execute(sql`
          insert into properties (host_id, type, title, slug, location, max_guests, base_price_minor, currency)
          values (${host.id}, 'riad', 'Off the map', ${slug}, st_setsrid(st_makepoint(200, 31), 4326), 2, 5000, 'EUR')`),
      );
      const rows = await tx.select().from(properties).where(eq(properties.slug, slug));
      expect(rows).toHaveLength(0);
    }));

  it('keeps slugs unique among live listings', () =>
    ctx.rollback(async (tx) => {
      const a = await makeProperty(tx);
      const err = await expectRule(tx, 'properties_slug_key', (sp) =>
        sp.insert(properties).values(propertyInput(a.hostId, { slug: a.slug })),
      );
      expect(toRuleError(err.cause, propertiesRules)?.message).toContain(
        'another listing already uses this slug',
      );
    }));

  it('keeps a renamed listing reachable through its old slugs, and reserves them', () =>
    ctx.rollback(async (tx) => {
      const p = await makeProperty(tx, { slug: uniq('old') });
      const first = p.slug;
      const second = uniq('new');
      const third = uniq('newer');
      await tx.update(properties).set({ slug: second }).where(eq(properties.id, p.id));
      await tx.update(properties).set({ slug: third }).where(eq(properties.id, p.id));
      // Other updates do not write history.
      await tx.update(properties).set({ title: 'Riad Dar Atlas & Spa' }).where(eq(properties.id, p.id));

      const history = await tx
        .select()
        .from(propertySlugHistory)
        .where(eq(propertySlugHistory.propertyId, p.id));
      expect(history.map((h) => h.slug).sort()).toEqual([first, second].sort());

      for (const old of [first, second]) {
        const hit = await findPropertyBySlug(tx, old);
        expect(hit?.redirected).toBe(true);
        expect(hit?.property.id).toBe(p.id);
        expect(hit?.property.slug).toBe(third);
      }
      const now = await findPropertyBySlug(tx, third);
      expect(now).toMatchObject({ redirected: false, property: { id: p.id } });
      expect(await findPropertyBySlug(tx, uniq('never'))).toBeUndefined();

      // Another listing cannot take a retired slug: old links would lead to someone else's place.
      await expectRule(tx, 'properties_slug_reserved_check', (sp) =>
        sp.insert(properties).values(propertyInput(p.hostId, { slug: first })),
      );
      // The listing itself can take it back; it is then current, not a redirect.
      await tx.update(properties).set({ slug: first }).where(eq(properties.id, p.id));
      const back = await tx
        .select()
        .from(propertySlugHistory)
        .where(eq(propertySlugHistory.propertyId, p.id));
      expect(back.map((h) => h.slug).sort()).toEqual([second, third].sort());
      expect(await findPropertyBySlug(tx, first)).toMatchObject({ redirected: false });
      expect(await findPropertyBySlug(tx, third)).toMatchObject({
        redirected: true,
        property: { slug: first },
      });

      // A soft-deleted listing resolves to nothing, by current or old slug.
      await tx.update(properties).set({ deletedAt: new Date() }).where(eq(properties.id, p.id));
      expect(await findPropertyBySlug(tx, first)).toBeUndefined();
      expect(await findPropertyBySlug(tx, second)).toBeUndefined();
    }));

  it("a soft-deleted listing's rename never takes over a redirect another listing earned", () =>
    ctx.rollback(async (tx) => {
      const gone = await makeProperty(tx, { slug: uniq('shared') });
      const x = gone.slug;
      await tx.update(properties).set({ deletedAt: new Date() }).where(eq(properties.id, gone.id));
      // The live-only unique index lets another listing take the slug, which it later renames away from.
      const live = await makeProperty(tx, { slug: x });
      const next = uniq('next');
      await tx.update(properties).set({ slug: next }).where(eq(properties.id, live.id));
      expect(await findPropertyBySlug(tx, x)).toMatchObject({ property: { id: live.id }, redirected: true });
      // Editing the deleted listing's slug must leave that redirect with the live listing.
      await tx
        .update(properties)
        .set({ slug: uniq('archived') })
        .where(eq(properties.id, gone.id));
      expect(await findPropertyBySlug(tx, x)).toMatchObject({ property: { id: live.id }, redirected: true });
    }));

  it('stamps the acting host and records changes in the audit log', () =>
    ctx.rollback(async (tx) => {
      const host = await makeHost(tx);
      const p = await withActor(tx, host.id, async (a) => {
        const [row] = await a.insert(properties).values(propertyInput(host.id)).returning();
        await a.update(properties).set({ basePriceMinor: 12_000 }).where(eq(properties.id, row!.id));
        await softDeleteWhere(a, properties, eq(properties.id, row!.id));
        return row!;
      });
      const history = await auditHistory(tx, 'properties', p.id);
      expect(history.map((h) => h.action).reverse()).toEqual(['insert', 'update', 'soft_delete']);
      expect(history.every((h) => h.actorId === host.id)).toBe(true);
      const [row] = await tx.select().from(properties).where(eq(properties.id, p.id));
      expect(row).toMatchObject({
        createdBy: host.id,
        updatedBy: host.id,
        deletedBy: host.id,
        basePriceMinor: 12_000,
      });
    }));
});
