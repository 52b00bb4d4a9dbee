/**
 * Prepared statements for the hot read helpers. Drizzle's postgres-js driver asks postgres.js to prepare a
 * query only when it is named (`.prepare(name)`); any other query with parameters costs a Parse/Describe
 * round trip before its Bind/Execute, on every call. A helper built once per Db, with placeholders, is
 * parsed once per server connection and afterwards only bound and executed.
 *
 * Behind PgBouncer (`pgbouncer: true`) createDb turns postgres.js `prepare` off for the whole client, so the
 * same prepared helpers run as unnamed statements there: correct on every PgBouncer version and pool mode.
 */
import type { Db } from './client';

// Keyed on the Db object: a transaction is a Db of its own, and a query prepared on one session must not
// run on another (a transaction's queries belong to its reserved connection).
const cache = new WeakMap<object, Map<string, unknown>>();

/**
 * The prepared query `name`, built by `build` the first time it is asked for on `db` (one name per query
 * shape: `build` must not depend on anything but `db`). For reads: on a Db with read replicas each call
 * picks a replica, as `db.select()` would; pass `primaryOf(db)` for a read that decides a write.
 */
export function preparedQuery<T>(db: Db, name: string, build: (db: Db) => T): T {
  const replicas = (db as { $replicas?: Db[] }).$replicas;
  const target = replicas?.length ? replicas[Math.floor(Math.random() * replicas.length)]! : db;
  let byName = cache.get(target);
  if (!byName) {
    byName = new Map();
    cache.set(target, byName);
  }
  let query = byName.get(name) as T | undefined;
  if (query === undefined) {
    query = build(target);
    byName.set(name, query);
  }
  return query;
}
