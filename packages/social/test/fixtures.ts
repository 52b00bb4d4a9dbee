import { queryOne } from '@touriquest/core';
import type { TestDb } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { userSocialProfiles } from '../src';

export async function makeProfile(db: TestDb, userId: string, handle?: string) {
  const [row] = await db
    .insert(userSocialProfiles)
    .values({ userId, handle: handle ?? `h${userId.slice(-12)}`, displayName: 'Someone' })
    .returning();
  return row!;
}

/** The profile's stored counters next to a recount from scratch. */
export async function profileCounts(db: TestDb, userId: string) {
  return queryOne<Record<string, number>>(
    db,
    sql`select p.follower_count as followers, p.following_count as following, p.post_count as posts,
          (select count(*)::int from user_follows f where f.followee_id = p.user_id) as followers_recount,
          (select count(*)::int from user_follows f where f.follower_id = p.user_id) as following_recount,
          (select count(*)::int from social_posts s where s.author_id = p.user_id and s.deleted_at is null) as posts_recount
        from user_social_profiles p where p.user_id = ${userId}`,
  );
}

export function expectExact(row: Record<string, number> | undefined) {
  if (!row) throw new Error('no row');
  for (const k of Object.keys(row).filter((k) => !k.endsWith('_recount'))) {
    if (row[k] !== row[`${k}_recount`]) throw new Error(`${k}=${row[k]} but recount=${row[`${k}_recount`]}`);
  }
  return row;
}

/** A uuid[] parameter from one text value (drizzle spreads a JS array into a row of parameters). */
export const uuids = (xs: string[]) => sql`string_to_array(${xs.join(',')}, ',')::uuid[]`;
