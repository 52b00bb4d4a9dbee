import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './repo';

/** No Docker engine on the development machines: the compose files are held to their promises here. */
interface Service {
  image?: string;
  build?: unknown;
  ports?: string[];
  volumes?: string[];
}
const files = ['docker/compose.yaml', 'docker/citus/compose.yaml'];
const load = (f: string) =>
  parse(readFileSync(join(root, f), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const main = load('docker/compose.yaml');

/** `127.0.0.1:${VAR:-5442}:5432` → what compose publishes when VAR is unset, and whether a variable moves it. */
function published(port: string): { hostIp: string; hostPort: string; configurable: boolean } {
  const configurable = /\$\{[A-Z_]+:-\d+\}/.test(port);
  const [hostIp, hostPort] = port.replace(/\$\{[A-Z_]+:-(\d+)\}/g, '$1').split(':');
  return { hostIp: hostIp!, hostPort: hostPort!, configurable };
}

describe('docker compose files', () => {
  it('pin every image to a version tag (PostGIS: PostgreSQL 15 with PostGIS 3.5)', () => {
    for (const f of files)
      for (const [name, s] of Object.entries(load(f).services)) {
        if (!s.image) continue;
        expect(s.image, `${f} ${name}`).toMatch(/:[^:]*\d[^:]*$/);
        expect(s.image, `${f} ${name}`).not.toMatch(/:latest$/);
      }
    expect(main.services.db!.image).toBe('postgis/postgis:15-3.5');
  });

  it('publish only on loopback, never on 5432 by default, and on a port an env var can move', () => {
    for (const f of files)
      for (const [name, s] of Object.entries(load(f).services))
        for (const p of s.ports ?? []) {
          const pub = published(p);
          expect(pub.hostIp, `${f} ${name}: ${p}`).toBe('127.0.0.1');
          expect(pub.hostPort, `${f} ${name}: ${p}`).not.toBe('5432');
          if (f === 'docker/compose.yaml') expect(pub.configurable, `${f} ${name}: ${p}`).toBe(true);
        }
    expect(main.services.db!.ports).toEqual(['127.0.0.1:${TOURIQUEST_DB_PORT:-5442}:5432']);
  });

  it('never mount the checkout writable: the migrate service installs into a copy', () => {
    for (const f of files)
      for (const [name, s] of Object.entries(load(f).services))
        for (const v of s.volumes ?? []) {
          const [source, , mode] = v.split(':');
          const bind = source!.startsWith('.') || source!.startsWith('/');
          if (bind) expect(mode, `${f} ${name}: ${v} is a writable bind mount`).toBe('ro');
        }
    expect(main.services.migrate!.volumes).toContain('..:/src:ro');
  });
});
