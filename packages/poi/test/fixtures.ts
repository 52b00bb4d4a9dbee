import { queryOne } from '@touriquest/core';
import { expectRule, type TestDb } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { z } from 'zod';
import { type NewPoi, poiCategories, pois } from '../src';

let seq = 0;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A unique suffix: tests share one database per engine, so names must never collide. */
export function uniq(prefix = 'p') {
  seq += 1;
  return `${prefix}-${run}-${seq}`;
}

export async function makeCategory(db: TestDb, parentId?: string | null, name = 'Category') {
  const [c] = await db
    .insert(poiCategories)
    .values({ slug: uniq('cat'), name, parentId: parentId ?? null })
    .returning();
  return c!;
}

/** A valid POI row (Koutoubia mosque, Marrakesh) with any field overridden. */
export function poiInput(categoryId: string, over: Partial<NewPoi> = {}): NewPoi {
  return {
    name: 'Koutoubia Mosque',
    slug: uniq('koutoubia'),
    categoryId,
    location: { lon: -7.9936, lat: 31.6237 },
    city: 'Marrakesh',
    countryCode: 'MA',
    status: 'active',
    timezone: 'Africa/Casablanca',
    ...over,
  };
}

export async function makePoi(db: TestDb, over: Partial<NewPoi> = {}, categoryId?: string) {
  const cat = categoryId ?? (await makeCategory(db)).id;
  const [p] = await db.insert(pois).values(poiInput(cat, over)).returning();
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

export async function makeMedia(db: TestDb, mimeType = 'image/jpeg'): Promise<string> {
  const key = uniq('media');
  const row = await queryOne<{ id: string }>(
    db,
    sql`insert into media_files (storage_key, mime_type, size_bytes) values (${key}, ${mimeType}, 1024) returning id`,
  );
  return row!.id;
}
