import { audit, id, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { index, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { travelGroupMemberStatusEnum, travelGroupRoleEnum } from './enums';
import { travelGroups } from './travel-groups';

export const travelGroupMembers = pgTable(
  'travel_group_members',
  {
    ...id(),
    groupId: uuid()
      .notNull()
      .references(() => travelGroups.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: travelGroupRoleEnum().notNull().default('member'),
    status: travelGroupMemberStatusEnum().notNull().default('invited'),
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    joinedAt: timestamptz(),
    leftAt: timestamptz(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('travel_group_members_group_user_key').on(t.groupId, t.userId),
    index('travel_group_members_user_idx').on(t.userId, t.status),
    // Deleting a user finds their rows here (foreign key to users).
    index('travel_group_members_invited_by_idx').on(t.invitedBy).where(sql`${t.invitedBy} is not null`),
  ],
);

export type TravelGroupMember = typeof travelGroupMembers.$inferSelect;
export type NewTravelGroupMember = typeof travelGroupMembers.$inferInsert;

export const travelGroupMembersRelations = relations(travelGroupMembers, ({ one }) => ({
  group: one(travelGroups, { fields: [travelGroupMembers.groupId], references: [travelGroups.id] }),
  user: one(users, { fields: [travelGroupMembers.userId], references: [users.id] }),
}));
