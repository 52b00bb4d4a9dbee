import { queryOne } from '@touriquest/core';
import { type TestDb, uniq } from '@touriquest/testing';
import { sql } from 'drizzle-orm';

/**
 * A realistic shape for the planner: 100 category trees (root, 10 children, 30 grandchildren each: 4,100
 * categories) and 6,000 POIs spread over them and over Morocco. One subtree is ~1% of both tables.
 * Returns one root id. Built level by level: the path trigger reads the parent's committed-in-statement row.
 */
export async function seedPlanData(tx: TestDb): Promise<{ rootId: string }> {
  const run = uniq('plan');
  await tx.execute(sql`insert into poi_categories (slug, name)
    select ${run} || '-r' || g, 'root ' || g from generate_series(1, 100) g`);
  await tx.execute(sql`insert into poi_categories (slug, name, parent_id)
    select c.slug || '-c' || g, 'child', c.id from poi_categories c, generate_series(1, 10) g
     where c.slug like ${`${run}-r%`}`);
  await tx.execute(sql`insert into poi_categories (slug, name, parent_id)
    select c.slug || '-g' || g, 'grandchild', c.id from poi_categories c, generate_series(1, 3) g
     where c.slug like ${`${run}-r%-c%`}`);
  await tx.execute(sql`insert into pois (name, slug, category_id, location, status, tags)
    select 'poi ' || g, ${run} || '-p' || g, c.id,
           st_setsrid(st_makepoint(-10 + (g % 80) * 0.1, 28 + (g / 80) * 0.1), 4326), 'active', '{}'
      from generate_series(1, 6000) g
      join lateral (select id from poi_categories where slug like ${`${run}-%`}
                     order by id offset (g * 7919) % 4100 limit 1) c on true`);
  await tx.execute(sql`analyze poi_categories`);
  await tx.execute(sql`analyze pois`);
  const root = await queryOne<{ id: string }>(
    tx,
    sql`select id from poi_categories where slug = ${`${run}-r1`}`,
  );
  return { rootId: root!.id };
}
