import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEngines } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { checkHealth, createDb, parsePoint, queryOne, redactUrl, toEwkt } from '../src';
import { pglite } from '../src/embedded';

describe('createDb on a bad configuration', () => {
  it('names the problem with a URL that is not a PostgreSQL URL', async () => {
    await expect(createDb({ url: 'mysql://root@localhost/db' })).rejects.toThrow(
      /must start with postgres:\/\//,
    );
    await expect(createDb({ url: 'not a url' })).rejects.toThrow(/not a valid URL/);
  });

  it('says which server it could not reach, without the password', async () => {
    const err = await createDb({ url: 'postgres://app:s3cret@127.0.0.1:1/nowhere' }).catch((e: Error) => e);
    expect(String(err)).toMatch(/cannot connect to PostgreSQL at postgres:\/\/app@127\.0\.0\.1:1\/nowhere/);
    expect(String(err)).not.toContain('s3cret');
  });

  it('refuses to start without DATABASE_URL instead of making an empty embedded database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tq-no-url-'));
    try {
      const dataDir = join(dir, 'pglite');
      const err = await createDb({ env: { TOURIQUEST_DATA_DIR: dataDir } }).catch((e: Error) => e);
      expect(String(err)).toMatch(/no database to connect to: set DATABASE_URL/);
      expect(String(err)).toMatch(/@touriquest\/core\/embedded/);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up on a server that accepts the connection and never answers, and says so', async () => {
    await withSilentServer(async (port) => {
      const started = Date.now();
      const err = await createDb({ url: `postgres://app@127.0.0.1:${port}/db`, connectTimeoutMs: 800 }).catch(
        (e: Error) => e,
      );
      expect(Date.now() - started).toBeLessThan(5000);
      expect(String(err)).toMatch(
        new RegExp(
          `cannot connect to PostgreSQL at postgres://app@127\\.0\\.0\\.1:${port}/db: no answer within 800 ms`,
        ),
      );
      expect(String(err).split('\n')).toHaveLength(1);
    });
  });

  it('reads the connect timeout from DB_CONNECT_TIMEOUT_MS and refuses a bad one', async () => {
    await withSilentServer(async (port) => {
      const url = `postgres://app@127.0.0.1:${port}/db`;
      await expect(createDb({ url, env: { DB_CONNECT_TIMEOUT_MS: '500' } })).rejects.toThrow(
        /no answer within 500 ms/,
      );
      await expect(createDb({ url, env: { DB_CONNECT_TIMEOUT_MS: 'soon' } })).rejects.toThrow(
        /connect timeout must be a positive integer of milliseconds, got soon/,
      );
    });
  });

  it('says the connection was refused when nothing listens on the port', async () => {
    const port = await closedPort();
    const started = Date.now();
    const err = await createDb({ url: `postgres://app@127.0.0.1:${port}/db` }).catch((e: Error) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(String(err)).toMatch(/cannot connect to PostgreSQL at .*: connection refused: nothing listens/);
  });

  it('refuses a pool size that is not a positive integer', async () => {
    await expect(
      createDb({ url: 'postgres://x@127.0.0.1/db', env: { DB_POOL_SIZE: 'many' } }),
    ).rejects.toThrow(/DB_POOL_SIZE/);
  });

  it('refuses read replicas without a PostgreSQL primary', async () => {
    await expect(
      createDb({ embedded: pglite, dataDir: 'memory://', replicaUrls: ['postgres://r@127.0.0.1:1/db'] }),
    ).rejects.toThrow(/read replicas need a PostgreSQL primary/);
  });

  it.skipIf(!inject('serverUrl'))('names the replica it could not reach, without its password', async () => {
    const err = await createDb({
      url: inject('serverUrl')!,
      replicaUrls: ['postgres://app:s3cret@127.0.0.1:1/replica'],
      poolSize: 1,
    }).catch((e: Error) => e);
    expect(String(err)).toMatch(/cannot connect to PostgreSQL at postgres:\/\/app@127\.0\.0\.1:1\/replica/);
    expect(String(err)).not.toContain('s3cret');
  });

  it('redacts passwords from URLs it prints', () => {
    expect(redactUrl('postgres://u:pw@h:5432/d?sslmode=require')).toBe(
      'postgres://u@h:5432/d?sslmode=require',
    );
  });
});

/** A TCP server that accepts every connection and never sends a byte (a hung server or a wrong port). */
async function withSilentServer(fn: (port: number) => Promise<void>): Promise<void> {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((s) => sockets.add(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await fn((server.address() as { port: number }).port);
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  }
}

/** A port that was free a moment ago: listened on, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describeEngines('engine facts', (ctx) => {
  it('reports a healthy database with every required extension', async () => {
    const report = await checkHealth(ctx.database);
    expect(report.ok).toBe(true);
    expect(report.missingExtensions).toEqual([]);
    expect(report.extensions.postgis).toMatch(/^3\./);
  });

  it('round-trips a point through PostGIS as { lon, lat } and measures metres on the sphere', async () => {
    const marrakech = { lon: -7.9811, lat: 31.6295 };
    const row = await queryOne<{ g: string; d: number }>(
      ctx.db,
      sql`select ${toEwkt(marrakech)}::geography as g,
                 st_distance(${toEwkt(marrakech)}::geography, ${toEwkt({ lon: -4.9998, lat: 34.0331 })}::geography) as d`,
    );
    expect(parsePoint(row!.g)).toEqual(marrakech);
    // Marrakech–Fes great-circle distance is about 390 km.
    expect(Number(row!.d)).toBeGreaterThan(380_000);
    expect(Number(row!.d)).toBeLessThan(400_000);
  });

  it('refuses coordinates out of range before they reach SQL', () => {
    expect(() => toEwkt({ lon: 10, lat: 95 })).toThrow(/out of range/);
  });
});
