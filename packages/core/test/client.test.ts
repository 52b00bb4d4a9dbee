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
