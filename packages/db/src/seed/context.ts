import { base, en, Faker } from '@faker-js/faker';
import type { Db } from '@touriquest/core';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Schema } from '../schema';

export const scales = ['tiny', 'small', 'medium', 'large'] as const;
export type Scale = (typeof scales)[number];

/** How many users each scale makes; every other table grows from that. */
export const usersPerScale: Record<Scale, number> = { tiny: 24, small: 200, medium: 4_000, large: 40_000 };

export interface SeedContext {
  db: Db<Schema>;
  /** The whole schema object: a module checks `'table' in ctx.schema` before seeding a table that may not have landed. */
  schema: Record<string, unknown>;
  faker: Faker;
  scale: Scale;
  seed: number;
  /** Ids made by earlier modules, for later ones (users → social → …). */
  ids: Record<string, string[]>;
  counts: Record<string, number>;
  log(line: string): void;
  /** Insert in batches that stay under PostgreSQL's 65 535 bind parameters; returns the inserted ids. */
  insert<T extends PgTable>(
    table: T,
    rows: T['$inferInsert'][],
    opts?: { returnIds?: boolean },
  ): Promise<string[]>;
}

export interface SeedModule {
  name: string;
  /** Tables this module needs in the schema; it is skipped with a note while they have not landed. */
  needs: (keyof Schema | string)[];
  run(ctx: SeedContext): Promise<void>;
}

export function createFaker(seed: number): Faker {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  return f;
}

/** A deterministic, format-safe slug piece. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
