import {
  audit,
  citext,
  id,
  metadata,
  mixinConstraints,
  softDelete,
  timestamps,
  timestamptz,
} from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRoleEnum, userStatusEnum } from './enums';
import { travelHistory } from './travel-history';
import { travelStats } from './travel-stats';
import { userAchievements } from './user-achievements';
import { userAuth } from './user-auth';
import { userIdentities } from './user-identities';
import { userOnboarding } from './user-onboarding';
import { userPreferences } from './user-preferences';
import { userProfiles } from './user-profiles';
import { userSessions } from './user-sessions';
import { userSocialConnections } from './user-social-connections';

export const users = pgTable(
  'users',
  {
    ...id(),
    email: citext().notNull(),
    username: text().notNull(),
    firstName: text(),
    lastName: text(),
    phone: text(),
    status: userStatusEnum().notNull().default('pending_verification'),
    role: userRoleEnum().notNull().default('traveler'),
    emailVerifiedAt: timestamptz(),
    lastLoginAt: timestamptz(),
    locale: text().notNull().default('en'),
    timezone: text().notNull().default('UTC'),
    ...metadata(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    // A soft-deleted account frees its email and username for a new sign-up.
    uniqueIndex('users_email_key').on(t.email).where(sql`${t.deletedAt} is null`),
    uniqueIndex('users_username_key').on(t.username).where(sql`${t.deletedAt} is null`),
    index('users_status_idx').on(t.status),
    check('users_email_format_check', sql`${t.email} ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'`),
    // RFC 5321: a forward path is at most 256 octets, so an address is at most 254 characters.
    check('users_email_length_check', sql`char_length(${t.email}) <= 254`),
    check('users_username_format_check', sql`${t.username} ~ '^[a-z0-9_.]{3,30}$'`),
    check('users_phone_e164_check', sql`${t.phone} ~ '^[+][1-9][0-9]{6,14}$'`),
    check('users_locale_check', sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`),
    ...mixinConstraints.metadata('users', t),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const usersRelations = relations(users, ({ one, many }) => ({
  profile: one(userProfiles),
  auth: one(userAuth),
  preferences: one(userPreferences),
  onboarding: one(userOnboarding),
  travelStats: one(travelStats),
  identities: many(userIdentities),
  sessions: many(userSessions),
  travelHistory: many(travelHistory),
  achievements: many(userAchievements),
  sentConnections: many(userSocialConnections, { relationName: 'connection_requester' }),
  receivedConnections: many(userSocialConnections, { relationName: 'connection_addressee' }),
}));
