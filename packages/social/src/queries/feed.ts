import type { Db, Page } from '@touriquest/core';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { type ActivityFeedEntry, activityFeed } from '../schema/activity-feed';
import { type SocialPost, socialPosts } from '../schema/social-posts';
import { userFollows } from '../schema/user-follows';
import { after, pageBy, pageSize } from './keyset';

export interface FeedOptions {
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
  limit?: number;
}

/**
 * A user's feed: the newest live, non-private posts of the people they follow, keyset-paginated on
 * (created_at, id). Each followee contributes at most one page through `social_posts_author_created_idx`
 * (a LATERAL top-N per author), so a page costs the same whoever the user follows and however old the cursor.
 */
export async function getFeed(db: Db, userId: string, opts: FeedOptions = {}): Promise<Page<SocialPost>> {
  const rows = await feedQuery(db, userId, opts);
  return pageBy(
    rows.map((r) => r.p),
    pageSize(opts.limit),
    (p) => [p.createdAt, p.id],
  );
}

/** The query behind `getFeed` (exported so its plan can be checked). */
export function feedQuery(db: Db, userId: string, opts: FeedOptions = {}) {
  const limit = pageSize(opts.limit);
  const cursor = after(opts.cursor);
  const perAuthor = db
    .select()
    .from(socialPosts)
    .where(
      and(
        eq(socialPosts.authorId, userFollows.followeeId),
        isNull(socialPosts.deletedAt),
        ne(socialPosts.visibility, 'private'),
        cursor
          ? sql`(${socialPosts.createdAt}, ${socialPosts.id}) < (${cursor[0].toISOString()}::timestamptz, ${cursor[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(socialPosts.createdAt), desc(socialPosts.id))
    .limit(limit + 1)
    .as('p');
  return db
    .select()
    .from(userFollows)
    .innerJoinLateral(perAuthor, sql`true`)
    .where(eq(userFollows.followerId, userId))
    .orderBy(desc(perAuthor.createdAt), desc(perAuthor.id))
    .limit(limit + 1);
}

/** Fan-out on read of `activity_feed`: what the people a user follows did lately, newest first. */
export async function getActivityFeed(
  db: Db,
  userId: string,
  opts: FeedOptions = {},
): Promise<Page<ActivityFeedEntry>> {
  const limit = pageSize(opts.limit);
  const cursor = after(opts.cursor);
  const perActor = db
    .select()
    .from(activityFeed)
    .where(
      and(
        eq(activityFeed.actorId, userFollows.followeeId),
        cursor
          ? sql`(${activityFeed.occurredAt}, ${activityFeed.id}) < (${cursor[0].toISOString()}::timestamptz, ${cursor[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(activityFeed.occurredAt), desc(activityFeed.id))
    .limit(limit + 1)
    .as('a');
  const rows = await db
    .select()
    .from(userFollows)
    .innerJoinLateral(perActor, sql`true`)
    .where(eq(userFollows.followerId, userId))
    .orderBy(desc(perActor.occurredAt), desc(perActor.id))
    .limit(limit + 1);
  const items = rows.map((r) => r.a);
  return pageBy(items, limit, (e) => [e.occurredAt, e.id]);
}
