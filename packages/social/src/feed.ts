import { type Db, type Page, decodeCursor, encodeCursor } from '@touriquest/core';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { type ActivityFeedEntry, activityFeed } from './schema/activity-feed';
import { type SocialPost, socialPosts } from './schema/posts';
import { userFollows } from './schema/social-profiles';

export interface FeedOptions {
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
  limit?: number;
}

const pageSize = (limit: number | undefined) => Math.min(Math.max(limit ?? 20, 1), 100);

function after(cursor: string | null | undefined): [Date, string] | null {
  if (!cursor) return null;
  const [at, id] = decodeCursor(cursor);
  if (!(at instanceof Date) || typeof id !== 'string') throw new RangeError('invalid pagination cursor');
  return [at, id];
}

/**
 * A user's feed: the newest live, non-private posts of the people they follow, keyset-paginated on
 * (created_at, id). Each followee contributes at most one page through `social_posts_author_created_idx`
 * (a LATERAL top-N per author), so a page costs the same whoever the user follows and however old the cursor.
 */
export async function getFeed(db: Db, userId: string, opts: FeedOptions = {}): Promise<Page<SocialPost>> {
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
        cursor ? sql`(${socialPosts.createdAt}, ${socialPosts.id}) < (${cursor[0]}, ${cursor[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(socialPosts.createdAt), desc(socialPosts.id))
    .limit(limit + 1)
    .as('p');
  const rows = await db
    .select()
    .from(userFollows)
    .innerJoinLateral(perAuthor, sql`true`)
    .where(eq(userFollows.followerId, userId))
    .orderBy(desc(perAuthor.createdAt), desc(perAuthor.id))
    .limit(limit + 1);
  return page(rows.map((r) => r.p), limit);
}

/** Fan-out on read of `activity_feed`: what the people a user follows did lately, newest first. */
export async function getActivityFeed(db: Db, userId: string, opts: FeedOptions = {}): Promise<Page<ActivityFeedEntry>> {
  const limit = pageSize(opts.limit);
  const cursor = after(opts.cursor);
  const perActor = db
    .select()
    .from(activityFeed)
    .where(
      and(
        eq(activityFeed.actorId, userFollows.followeeId),
        cursor ? sql`(${activityFeed.occurredAt}, ${activityFeed.id}) < (${cursor[0]}, ${cursor[1]}::uuid)` : undefined,
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

function page(items: SocialPost[], limit: number): Page<SocialPost> {
  return pageBy(items, limit, (p) => [p.createdAt, p.id]);
}

function pageBy<T>(rows: T[], limit: number, key: (row: T) => [Date, string]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
