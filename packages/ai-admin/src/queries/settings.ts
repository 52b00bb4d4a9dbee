import type { Db } from '@touriquest/core';
import { asc, eq, like, sql } from 'drizzle-orm';
import { REDACTED } from '../constants';
import { type SystemSetting, systemSettings } from '../schema/system-settings';

/** A setting as the helpers return it: a secret's value is replaced by `'[redacted]'` unless asked for. */
export type SettingView = SystemSetting & { redacted: boolean };

export interface SecretOption {
  /** Return secret values too (only for code that needs the secret itself, never for display). */
  includeSecrets?: boolean;
}

function present(row: SystemSetting, opts: SecretOption): SettingView {
  if (row.isSecret && !opts.includeSecrets) return { ...row, value: REDACTED, redacted: true };
  return { ...row, redacted: false };
}

export async function getSetting(
  db: Db,
  key: string,
  opts: SecretOption = {},
): Promise<SettingView | undefined> {
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.key, key));
  return row ? present(row, opts) : undefined;
}

/** The value alone (typed by the caller), or `fallback` when the key is unset. Secrets need includeSecrets. */
export async function getSettingValue<T>(
  db: Db,
  key: string,
  fallback: T,
  opts: SecretOption = {},
): Promise<T> {
  const s = await getSetting(db, key, opts);
  return s ? (s.value as T) : fallback;
}

/** All settings, or those under a dotted prefix (`bookings` matches `bookings.*`), ordered by key. */
export async function listSettings(
  db: Db,
  opts: SecretOption & { prefix?: string } = {},
): Promise<SettingView[]> {
  const rows = await db
    .select()
    .from(systemSettings)
    .where(opts.prefix ? like(systemSettings.key, `${opts.prefix.replace(/[%_\\]/g, '\\$&')}.%`) : undefined)
    .orderBy(asc(systemSettings.key));
  return rows.map((r) => present(r, opts));
}

/** Create or replace a setting by key; returns it as `getSetting` would (secret redacted). */
export async function setSetting(
  db: Db,
  input: {
    key: string;
    value: unknown;
    type: SystemSetting['type'];
    description?: string | null;
    isSecret?: boolean;
  },
): Promise<SettingView> {
  const [row] = await db
    .insert(systemSettings)
    .values({ ...input, value: sql`${JSON.stringify(input.value)}::jsonb` })
    .onConflictDoUpdate({
      target: systemSettings.key,
      set: {
        value: sql`excluded.value`,
        type: sql`excluded.type`,
        description: sql`coalesce(excluded.description, ${systemSettings.description})`,
        isSecret: sql`excluded.is_secret`,
      },
    })
    .returning();
  return present(row!, {});
}
