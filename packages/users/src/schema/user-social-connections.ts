import { audit, id, timestamps, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { socialConnectionStatusEnum } from './enums';
import { users } from './users';

/**
 * Friendship between two users, one row per unordered pair. `blocked_by` remembers who blocked, because
 * only the blocker may lift a block (trigger rule user_social_connections_block_kept_check in logic.ts).
 */
export const userSocialConnections = pgTable(
  'user_social_connections',
  {
    ...id(),
    requesterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addresseeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: socialConnectionStatusEnum().notNull().default('pending'),
    blockedBy: uuid().references(() => users.id, { onDelete: 'cascade' }),
    respondedAt: timestamptz(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('user_social_connections_pair_key').on(
      sql`least(${t.requesterId}, ${t.addresseeId})`,
      sql`greatest(${t.requesterId}, ${t.addresseeId})`,
    ),
    index('user_social_connections_requester_id_status_idx').on(t.requesterId, t.status),
    index('user_social_connections_addressee_id_status_idx').on(t.addresseeId, t.status),
    check('user_social_connections_not_self_check', sql`${t.requesterId} <> ${t.addresseeId}`),
    check(
      'user_social_connections_blocked_by_check',
      sql`(${t.status} = 'blocked') = (${t.blockedBy} is not null) and (${t.blockedBy} is null or ${t.blockedBy} in (${t.requesterId}, ${t.addresseeId}))`,
    ),
    // Deleting a user finds their rows here (foreign key to users).
    index('user_social_connections_blocked_by_idx').on(t.blockedBy).where(sql`${t.blockedBy} is not null`),
  ],
);

export type UserSocialConnection = typeof userSocialConnections.$inferSelect;
export type NewUserSocialConnection = typeof userSocialConnections.$inferInsert;

export const userSocialConnectionsRelations = relations(userSocialConnections, ({ one }) => ({
  requester: one(users, {
    fields: [userSocialConnections.requesterId],
    references: [users.id],
    relationName: 'connection_requester',
  }),
  addressee: one(users, {
    fields: [userSocialConnections.addresseeId],
    references: [users.id],
    relationName: 'connection_addressee',
  }),
}));
