import { sql } from 'drizzle-orm';
import type { Database } from './client';
import { requiredExtensions } from './logic/bootstrap';
import { queryRows } from './raw';

export interface HealthReport {
  ok: boolean;
  engine: Database['engine'];
  serverVersion: string;
  latencyMs: number;
  extensions: Record<string, string | null>;
  missingExtensions: string[];
}

/** Liveness plus the facts an operator checks first: server version and the extensions the schema needs. */
export async function checkHealth(database: Database<any>): Promise<HealthReport> {
  const started = performance.now();
  const [version] = await queryRows<{ v: string }>(
    database.db,
    sql`select current_setting('server_version') as v`,
  );
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const rows = await queryRows<{ name: string; version: string }>(
    database.db,
    sql`select extname as name, extversion as version from pg_extension`,
  );
  const installed = new Map(rows.map((r) => [r.name, r.version]));
  const extensions = Object.fromEntries(requiredExtensions.map((e) => [e, installed.get(e) ?? null]));
  const missingExtensions = requiredExtensions.filter((e) => !installed.has(e));
  return {
    ok: missingExtensions.length === 0,
    engine: database.engine,
    serverVersion: version?.v ?? 'unknown',
    latencyMs,
    extensions,
    missingExtensions,
  };
}
