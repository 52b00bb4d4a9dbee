import { id, ownedBy, privateRowPolicies, timestamptz } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, inet, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Refresh-token sessions. Not audited and without updated_at/actor stamps: every token refresh touches
 * `last_seen_at`, and an audit row per refresh would dwarf the table; revocation is recorded in the row.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    ...id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // sha256 of the refresh token: a leaked table cannot be replayed.
    refreshTokenHash: text().notNull(),
    ip: inet(),
    userAgent: text(),
    deviceName: text(),
    createdAt: timestamptz().notNull().defaultNow(),
    lastSeenAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    revokedReason: text(),
  },
  (t) => [
    uniqueIndex('user_sessions_refresh_token_hash_key').on(t.refreshTokenHash),
    check('user_sessions_refresh_token_hash_check', sql`${t.refreshTokenHash} ~ '^[0-9a-f]{64}$'`),
    check('user_sessions_expires_at_check', sql`${t.expiresAt} > ${t.createdAt}`),
    check(
      'user_sessions_revoked_reason_check',
      sql`${t.revokedReason} is null or ${t.revokedAt} is not null`,
    ),
    // "A user's active sessions" and the expiry sweep only ever look at unrevoked rows.
    index('user_sessions_active_user_id_expires_at_idx')
      .on(t.userId, t.expiresAt)
      .where(sql`${t.revokedAt} is null`),
    // Purging a user cascades here; revoked rows are not in the partial index.
    index('user_sessions_user_id_idx').on(t.userId),
    index('user_sessions_active_expires_at_idx').on(t.expiresAt).where(sql`${t.revokedAt} is null`),
    ...privateRowPolicies('user_sessions', ownedBy(t.userId)),
  ],
);

export type UserSession = typeof userSessions.$inferSelect;
export type NewUserSession = typeof userSessions.$inferInsert;

export const userSessionsRelations = relations(userSessions, ({ one }) => ({
  user: one(users, { fields: [userSessions.userId], references: [users.id] }),
}));
