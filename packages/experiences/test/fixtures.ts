import { queryOne } from '@touriquest/core';
import { expectRule, type TestDb } from '@touriquest/testing';
import { users } from '@touriquest/users';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { z } from 'zod';
import { experienceCategories, experiences, type NewExperience } from '../src';

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

/** A valid experience row (Marrakesh food tour, 45.00 EUR) with any field overridden. */
export function experienceInput(hostId: string, over: Partial<NewExperience> = {}): NewExperience {
  return {
    hostId,
    title: 'Medina food tour',
    slug: uniq('tour'),
    categoryId: over.categoryId ?? '00000000-0000-0000-0000-000000000000',
    location: { lon: -7.9811, lat: 31.6295 },
    city: 'Marrakesh',
    countryCode: 'MA',
    durationMinutes: 180,
    minParticipants: 1,
    maxParticipants: 10,
    priceMinor: 4_500,
    currency: 'EUR',
    languages: ['en', 'fr'],
    status: 'active',
    ...over,
  };
}

export async function makeCategory(db: TestDb, parentId: string | null = null) {
  const slug = uniq('cat');
  const [c] = await db.insert(experienceCategories).values({ slug, name: slug, parentId }).returning();
  return c!;
}

export async function makeExperience(db: TestDb, over: Partial<NewExperience> = {}, hostId?: string) {
  const host = hostId ?? (await makeHost(db)).id;
  const categoryId = over.categoryId ?? (await makeCategory(db)).id;
  const [e] = await db
    .insert(experiences)
    .values(experienceInput(host, { ...over, categoryId }))
    .returning();
  return e!;
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
