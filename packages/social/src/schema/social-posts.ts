import {
  audit,
  geometryPoint4326,
  id,
  metadata,
  mixinConstraints,
  softDelete,
  timestamps,
  tsvector,
  weightedTsvectorSql,
} from '@touriquest/core';
import { pois } from '@touriquest/poi/schema';
import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { postVisibilityEnum } from './enums';
import { postComments } from './post-comments';
import { postLikes } from './post-likes';

/** A traveller's post. `like_count` / `comment_count` are owned by triggers on post_likes / post_comments. */
export const socialPosts = pgTable(
  'social_posts',
  {
    ...id(),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    location: geometryPoint4326(),
    placeName: text(),
    // Optional tags of the place the post is about.
    poiId: uuid().references(() => pois.id, { onDelete: 'set null' }),
    propertyId: uuid().references(() => properties.id, { onDelete: 'set null' }),
    visibility: postVisibilityEnum().notNull().default('public'),
    likeCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    searchVector: tsvector().generatedAlwaysAs(weightedTsvectorSql({ a: ['place_name'], b: ['body'] })),
    ...metadata(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    // The feed: recent live posts of given authors, newest first (keyset on created_at, id).
    index('social_posts_author_created_idx')
      .on(t.authorId, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index('social_posts_search_vector_idx').using('gin', t.searchVector),
    index('social_posts_poi_idx').on(t.poiId).where(sql`${t.poiId} is not null`),
    index('social_posts_property_idx').on(t.propertyId).where(sql`${t.propertyId} is not null`),
    check('social_posts_body_check', sql`length(${t.body}) between 1 and 5000`),
    ...mixinConstraints.wgs84Point('social_posts', 'location', t.location),
    check('social_posts_counts_check', sql`${t.likeCount} >= 0 and ${t.commentCount} >= 0`),
    ...mixinConstraints.metadata('social_posts', t),
  ],
);

export type SocialPost = typeof socialPosts.$inferSelect;
export type NewSocialPost = typeof socialPosts.$inferInsert;

export const socialPostsRelations = relations(socialPosts, ({ one, many }) => ({
  author: one(users, { fields: [socialPosts.authorId], references: [users.id] }),
  property: one(properties, { fields: [socialPosts.propertyId], references: [properties.id] }),
  likes: many(postLikes),
  comments: many(postComments),
}));
