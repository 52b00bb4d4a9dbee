import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Layers of SCHEMA.md: a package may import only packages of a strictly lower layer. */
export const layers: Record<string, number> = {
  '@touriquest/core': 0,
  '@touriquest/users': 1,
  '@touriquest/content': 2,
  '@touriquest/properties': 3,
  '@touriquest/poi': 3,
  '@touriquest/experiences': 3,
  '@touriquest/bookings': 4,
  '@touriquest/reviews': 5,
  '@touriquest/social': 5,
  '@touriquest/ai-admin': 5,
  '@touriquest/db': 6,
};

export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
}

export function schemaPackages(): WorkspacePackage[] {
  const dir = join(root, 'packages');
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .map((d) => {
      const manifest = JSON.parse(readFileSync(join(dir, d, 'package.json'), 'utf8'));
      return { name: manifest.name as string, dir: join(dir, d), manifest };
    });
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|tsx)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Workspace packages a source tree imports (static and dynamic imports, re-exports). */
export function workspaceImports(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:from\s+|import\s*\(\s*|import\s+)['"](@touriquest\/[a-z-]+)(?:\/[^'"]*)?['"]/g,
    )) {
      const name = m[1]!;
      found.set(name, [...(found.get(name) ?? []), file.slice(root.length)]);
    }
  }
  return found;
}
