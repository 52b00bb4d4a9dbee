import {
  audit,
  geometryPoint4326,
  id,
  metadata,
  mixinConstraints,
  softDelete,
  timestamps,
  timestamptz,
  tsvector,
  weightedTsvectorSql,
} from '@touriquest/core';
import { pois } from '@touriquest/poi/schema';
import { properties } from '@touriquest/properties/schema';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { postVisibilityEnum } from './enums';

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
    mixinConstraints.metadata('social_posts', t),
  ],
);

export const postLikes = pgTable(
  'post_likes',
  {
    postId: uuid()
      .notNull()
      .references(() => socialPosts.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'post_likes_pkey', columns: [t.postId, t.userId] }),
    index('post_likes_user_idx').on(t.userId, t.createdAt),
  ],
);

/**
 * Threaded comments. A reply names its parent together with its own post: the composite foreign key
 * (parent_id, post_id) → (id, post_id) makes "the parent belongs to the same post" declarative.
 */
export const postComments = pgTable(
  'post_comments',
  {
    ...id(),
    // Column order matters: drizzle-kit introspects a foreign key's columns in table order, so both sides
    // of the composite FK below are listed in table order (parent_id before post_id, id before post_id), or
    // every push would drop and re-create it.
    parentId: uuid(),
    postId: uuid()
      .notNull()
      .references(() => socialPosts.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    unique('post_comments_id_post_id_key').on(t.id, t.postId),
    foreignKey({
      name: 'post_comments_parent_same_post_fk',
      columns: [t.parentId, t.postId],
      foreignColumns: [t.id, t.postId],
    }).onDelete('cascade'),
    index('post_comments_post_created_idx').on(t.postId, t.createdAt).where(sql`${t.deletedAt} is null`),
    index('post_comments_parent_idx').on(t.postId, t.parentId).where(sql`${t.parentId} is not null`),
    index('post_comments_author_idx').on(t.authorId),
    check('post_comments_body_check', sql`length(${t.body}) between 1 and 2000`),
    check('post_comments_not_own_parent_check', sql`${t.parentId} <> ${t.id}`),
  ],
);

export const socialPostsRelations = relations(socialPosts, ({ one, many }) => ({
  author: one(users, { fields: [socialPosts.authorId], references: [users.id] }),
  property: one(properties, { fields: [socialPosts.propertyId], references: [properties.id] }),
  likes: many(postLikes),
  comments: many(postComments),
}));

export const postLikesRelations = relations(postLikes, ({ one }) => ({
  post: one(socialPosts, { fields: [postLikes.postId], references: [socialPosts.id] }),
  user: one(users, { fields: [postLikes.userId], references: [users.id] }),
}));

export const postCommentsRelations = relations(postComments, ({ one, many }) => ({
  post: one(socialPosts, { fields: [postComments.postId], references: [socialPosts.id] }),
  author: one(users, { fields: [postComments.authorId], references: [users.id] }),
  parent: one(postComments, {
    fields: [postComments.parentId],
    references: [postComments.id],
    relationName: 'replies',
  }),
  replies: many(postComments, { relationName: 'replies' }),
}));

export type SocialPost = typeof socialPosts.$inferSelect;
export type NewSocialPost = typeof socialPosts.$inferInsert;
export type PostLike = typeof postLikes.$inferSelect;
export type NewPostLike = typeof postLikes.$inferInsert;
export type PostComment = typeof postComments.$inferSelect;
export type NewPostComment = typeof postComments.$inferInsert;
