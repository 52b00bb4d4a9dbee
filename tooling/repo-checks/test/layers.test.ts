import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layers, schemaPackages, workspaceImports } from './repo';

describe('package layering (SCHEMA.md)', () => {
  const packages = schemaPackages();

  it('knows every package under packages/', () => {
    for (const p of packages) expect(layers, `${p.name} has no layer`).toHaveProperty([p.name]);
  });

  it('lets a package depend only on packages of a lower layer', () => {
    const violations: string[] = [];
    for (const p of packages) {
      const own = layers[p.name]!;
      for (const dep of Object.keys(p.manifest.dependencies ?? {})) {
        if (dep in layers && layers[dep]! >= own) violations.push(`${p.name} depends on ${dep}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('lets source files import only lower-layer packages that are declared as dependencies', () => {
    const violations: string[] = [];
    for (const p of packages) {
      const own = layers[p.name]!;
      const declared = new Set(Object.keys(p.manifest.dependencies ?? {}));
      for (const [imported, files] of workspaceImports(join(p.dir, 'src'))) {
        if (imported === p.name) continue;
        if (!(imported in layers)) continue;
        if (layers[imported]! >= own) violations.push(`${p.name} imports ${imported} (${files[0]})`);
        else if (!declared.has(imported))
          violations.push(`${p.name} imports undeclared ${imported} (${files[0]})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps a bookings service from loading the social, reviews or ai-admin code', () => {
    const byName = new Map(packages.map((p) => [p.name, p]));
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const p = byName.get(name);
      if (!p) return;
      for (const dep of workspaceImports(join(p.dir, 'src')).keys()) visit(dep);
    };
    visit('@touriquest/bookings');
    expect(seen).not.toContain('@touriquest/social');
    expect(seen).not.toContain('@touriquest/reviews');
    expect(seen).not.toContain('@touriquest/ai-admin');
    expect(seen).toContain('@touriquest/core');
  });

  it('takes drizzle-orm as a peer dependency in every schema package, so consumers get one copy', () => {
    for (const p of packages) {
      if (p.name === '@touriquest/db') continue;
      expect(p.manifest.peerDependencies, p.name).toHaveProperty(['drizzle-orm']);
      expect(p.manifest.dependencies ?? {}, p.name).not.toHaveProperty(['drizzle-orm']);
    }
  });
});
