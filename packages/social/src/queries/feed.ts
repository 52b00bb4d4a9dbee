import { type Db, type Page, preparedQuery } from '@touriquest/core';
import { and, desc, eq, isNull, ne, type Placeholder, sql } from 'drizzle-orm';
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
  const limit = pageSize(opts.limit);
  const cursor = after(opts.cursor);
  // Prepared, one statement for the first page and one for the next ones: the home screen of every user.
  const name = cursor ? 'social_feed_after' : 'social_feed_first';
  const query = preparedQuery(db, name, (d) =>
    feedShape(d, sql.placeholder('userId'), sql.placeholder('limit'), cursor !== null).prepare(name),
  );
  const rows = await query.execute({
    userId,
    limit: limit + 1,
    cursorAt: cursor?.[0].toISOString(),
    cursorId: cursor?.[1],
  });
  return pageBy(
    rows.map((r) => r.p),
    limit,
    (p) => [p.createdAt, p.id],
  );
}

/** The query behind `getFeed` (exported so its plan can be checked). */
export function feedQuery(db: Db, userId: string, opts: FeedOptions = {}) {
  const cursor = after(opts.cursor);
  return feedShape(db, userId, pageSize(opts.limit) + 1, cursor !== null, cursor);
}

/**
 * Each followee's newest posts (a LATERAL top-N per author), merged. A `paged` shape without `cursor` (the
 * prepared statement) reads the cursor from the placeholders `cursorAt` and `cursorId`.
 */
function feedShape(
  db: Db,
  userId: string | Placeholder,
  rows: number | Placeholder,
  paged: boolean,
  cursor?: [Date, string] | null,
) {
  const at = cursor ? cursor[0].toISOString() : sql.placeholder('cursorAt');
  const id = cursor ? cursor[1] : sql.placeholder('cursorId');
  const perAuthor = db
    .select()
    .from(socialPosts)
    .where(
      and(
        eq(socialPosts.authorId, userFollows.followeeId),
        isNull(socialPosts.deletedAt),
        ne(socialPosts.visibility, 'private'),
        paged
          ? sql`(${socialPosts.createdAt}, ${socialPosts.id}) < (${at}::timestamptz, ${id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(socialPosts.createdAt), desc(socialPosts.id))
    .limit(rows)
    .as('p');
  return db
    .select()
    .from(userFollows)
    .innerJoinLateral(perAuthor, sql`true`)
    .where(eq(userFollows.followerId, userId))
    .orderBy(desc(perAuthor.createdAt), desc(perAuthor.id))
    .limit(rows);
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
