import { timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { socialPosts } from './social-posts';

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

export type PostLike = typeof postLikes.$inferSelect;
export type NewPostLike = typeof postLikes.$inferInsert;

export const postLikesRelations = relations(postLikes, ({ one }) => ({
  post: one(socialPosts, { fields: [postLikes.postId], references: [socialPosts.id] }),
  user: one(users, { fields: [postLikes.userId], references: [users.id] }),
}));
