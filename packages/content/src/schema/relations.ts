import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { contentModeration } from './content-moderation';
import { contentVersions } from './content-versions';
import { mediaFiles } from './media-files';

// Polymorphic tables (entity_type/entity_id) have no drizzle relations: their target table varies per row.
export const mediaFilesRelations = relations(mediaFiles, ({ one }) => ({
  owner: one(users, { fields: [mediaFiles.ownerId], references: [users.id] }),
}));

export const contentVersionsRelations = relations(contentVersions, ({ one }) => ({
  author: one(users, { fields: [contentVersions.authorId], references: [users.id] }),
}));

export const contentModerationRelations = relations(contentModeration, ({ one }) => ({
  moderator: one(users, { fields: [contentModeration.moderatorId], references: [users.id] }),
}));
