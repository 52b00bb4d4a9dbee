import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, pgPolicy, pgRole } from 'drizzle-orm/pg-core';

/**
 * The database roles (made by migration 0013_roles_and_privileges, never by drizzle-kit: `.existing()`).
 * None of them logs in: operators create login users and grant them membership, so no password is ever in a
 * migration. `touriquest_migrator` owns every object and runs migrations; services connect as members of
 * `touriquest_app` (DML only, row-level security keyed on `withActor`); `touriquest_readonly` reads what is
 * not private; `touriquest_backoffice` is for back-office jobs (sign-in before an actor is known, support):
 * it passes every row-level policy. `touriquest-db maintain` makes and drops partitions, which only the owner
 * may, so it runs as the deploy login (a member of the migrator, which row-level security does not hold).
 */
export const roleNames = {
  migrator: 'touriquest_migrator',
  app: 'touriquest_app',
  readonly: 'touriquest_readonly',
  backoffice: 'touriquest_backoffice',
} as const;

export const appRole = pgRole(roleNames.app).existing();
export const backofficeRole = pgRole(roleNames.backoffice).existing();

/**
 * The transaction's actor (`withActor`); null when none is set, which matches no private row. Spelled out
 * rather than `tq_current_actor()`: a policy must not depend on repeatable logic (installed after the
 * migrations on a fresh database, replaceable at any deploy).
 */
export const currentActor = sql`nullif(current_setting('app.actor_id', true), '')::uuid`;

/**
 * The policies of a private table: the app reads and writes only the rows `owned` says are the actor's; the
 * back office every row. `read` widens what the app may read (a public wishlist, a booking's messages to both
 * parties), `insert` sets what it may add (a notification for anyone, a message only as its sender).
 * Policies are permissive and per role, so a role outside these sees nothing.
 */
export function privateRowPolicies(table: string, owned: SQL, opts: { read?: SQL; insert?: SQL } = {}) {
  const backoffice = pgPolicy(`${table}_backoffice_policy`, {
    for: 'all',
    to: backofficeRole,
    using: sql`true`,
    withCheck: sql`true`,
  });
  if (!opts.read && !opts.insert) {
    return [
      backoffice,
      pgPolicy(`${table}_actor_policy`, { for: 'all', to: appRole, using: owned, withCheck: owned }),
    ];
  }
  return [
    backoffice,
    pgPolicy(`${table}_actor_read_policy`, { for: 'select', to: appRole, using: opts.read ?? owned }),
    pgPolicy(`${table}_actor_insert_policy`, { for: 'insert', to: appRole, withCheck: opts.insert ?? owned }),
    pgPolicy(`${table}_actor_update_policy`, { for: 'update', to: appRole, using: owned, withCheck: owned }),
    pgPolicy(`${table}_actor_delete_policy`, { for: 'delete', to: appRole, using: owned }),
  ];
}

/** `column = the actor`: the row belongs to the transaction's actor. */
export const ownedBy = (column: AnyPgColumn): SQL => sql`${column} = ${currentActor}`;
