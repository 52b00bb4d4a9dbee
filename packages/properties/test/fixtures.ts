import { queryOne } from '@touriquest/core';
import { expectRule, type TestDb } from '@touriquest/testing';
import { users } from '@touriquest/users';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { z } from 'zod';
import { type NewProperty, properties } from '../src';

let seq = 0;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A unique suffix: tests share one database per engine, so names must never collide. */
export function uniq(prefix = 'p') {
  seq += 1;
  return `${prefix}-${run}-${seq}`;
}

export async function makeHost(db: TestDb) {
  const name = uniq('h').replace(/-/g, '_');
  const [u] = await db
    .insert(users)
    .values({ email: `${name}@example.com`, username: name, role: 'host' })
    .returning();
  return u!;
}

/** A valid property row (Marrakesh riad, 100.00 EUR a night) with any field overridden. */
export function propertyInput(hostId: string, over: Partial<NewProperty> = {}): NewProperty {
  return {
    hostId,
    type: 'riad',
    title: 'Riad Dar Atlas',
    slug: uniq('riad'),
    location: { lon: -7.9811, lat: 31.6295 },
    city: 'Marrakesh',
    countryCode: 'MA',
    maxGuests: 4,
    bedrooms: 2,
    beds: 2,
    bathrooms: 1.5,
    basePriceMinor: 10_000,
    currency: 'EUR',
    status: 'active',
    ...over,
  };
}

export async function makeProperty(db: TestDb, over: Partial<NewProperty> = {}, hostId?: string) {
  const host = hostId ?? (await makeHost(db)).id;
  const [p] = await db.insert(properties).values(propertyInput(host, over)).returning();
  return p!;
}

/** zod refuses `input` first, and the database, given the same row, refuses it with `rule`. */
export async function refusedByBoth(
  tx: TestDb,
  schema: z.ZodType,
  input: Record<string, unknown>,
  rule: string,
  write: (sp: TestDb) => Promise<unknown>,
) {
  const parsed = schema.safeParse(input);
  expect(
    parsed.success,
    `zod accepted input the database refuses with ${rule}: ${JSON.stringify(input)}`,
  ).toBe(false);
  await expectRule(tx, rule, write);
}

/** A content `media_files` row for an image to point at. */
export async function makeMedia(db: TestDb): Promise<string> {
  const key = uniq('media');
  const row = await queryOne<{ id: string }>(
    db,
    sql`insert into media_files (storage_key, mime_type, size_bytes) values (${key}, 'image/jpeg', 1024) returning id`,
  );
  return row!.id;
}
