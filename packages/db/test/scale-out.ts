/**
 * The loopback clusters of the scale-out tests, made by `.ci/replica.sh` (CI runs it): a primary with WAL
 * archiving (TEST_PRIMARY_URL), a streaming replica of it (TEST_REPLICA_URL) and the archive directory
 * (TEST_WAL_ARCHIVE). Tests skip, saying so, when these are not set.
 */
import { randomBytes } from 'node:crypto';
import { createDb, queryRows, sql } from '@touriquest/core';

export const scaleOut = {
  primaryUrl: process.env.TEST_PRIMARY_URL || undefined,
  replicaUrl: process.env.TEST_REPLICA_URL || undefined,
  walArchive: process.env.TEST_WAL_ARCHIVE || undefined,
};

export const needsClusters =
  'run `eval "$(.ci/replica.sh)"` (sets TEST_PRIMARY_URL, TEST_REPLICA_URL, TEST_WAL_ARCHIVE)';

/** `url` with its database name replaced. */
export function onDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A database of our own (`tq15_<prefix>_<hex>`) on the server at `baseUrl`, and how to drop it. */
export async function scratchDatabaseOn(
  baseUrl: string,
  prefix: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `tq15_${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ url: baseUrl, poolSize: 1 });
  await queryRows(admin.db, sql.raw(`create database ${name}`));
  return {
    name,
    url: onDatabase(baseUrl, name),
    async drop() {
      await queryRows(admin.db, sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
}
