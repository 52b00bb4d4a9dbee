import { audit, id, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { travelGroupMembers } from './travel-group-members';

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

export type TravelGroup = typeof travelGroups.$inferSelect;
export type NewTravelGroup = typeof travelGroups.$inferInsert;

export const travelGroupsRelations = relations(travelGroups, ({ one, many }) => ({
  owner: one(users, { fields: [travelGroups.ownerId], references: [users.id] }),
  members: many(travelGroupMembers),
}));
