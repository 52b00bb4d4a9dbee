import { audit, id, timestamps, timestamptz } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { travelGroupMemberStatusEnum, travelGroupRoleEnum } from './enums';

/**
 * A group trip. `member_count` (joined members) is owned by the trigger on travel_group_members, which
 * takes this row's lock before admitting anyone, so concurrent joins queue here and the capacity holds.
 */
export const travelGroups = pgTable(
  'travel_groups',
  {
    ...id(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    destination: text().notNull(),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    maxMembers: integer().notNull(),
    memberCount: integer().notNull().default(0),
    isPublic: boolean().notNull().default(false),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    index('travel_groups_owner_idx').on(t.ownerId),
    check('travel_groups_name_check', sql`length(${t.name}) between 1 and 120`),
    check('travel_groups_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('travel_groups_max_members_check', sql`${t.maxMembers} > 0 and ${t.maxMembers} <= 1000`),
    // Backstop of the capacity rule; also refuses lowering max_members below the joined members.
    check('travel_groups_member_count_check', sql`${t.memberCount} between 0 and ${t.maxMembers}`),
  ],
);

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
  ],
);

export const travelGroupsRelations = relations(travelGroups, ({ one, many }) => ({
  owner: one(users, { fields: [travelGroups.ownerId], references: [users.id] }),
  members: many(travelGroupMembers),
}));

export const travelGroupMembersRelations = relations(travelGroupMembers, ({ one }) => ({
  group: one(travelGroups, { fields: [travelGroupMembers.groupId], references: [travelGroups.id] }),
  user: one(users, { fields: [travelGroupMembers.userId], references: [users.id] }),
}));

export type TravelGroup = typeof travelGroups.$inferSelect;
export type NewTravelGroup = typeof travelGroups.$inferInsert;
export type TravelGroupMember = typeof travelGroupMembers.$inferSelect;
export type NewTravelGroupMember = typeof travelGroupMembers.$inferInsert;
