import { audit, id, softDelete, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { socialPosts } from './social-posts';

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

export type PostComment = typeof postComments.$inferSelect;
export type NewPostComment = typeof postComments.$inferInsert;

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
