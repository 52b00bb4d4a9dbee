/**
 * The public faces of the workspace packages, checked at run time (`pnpm lint` runs this file):
 * - a runtime name is exported by one package only, so `import { x }` never depends on which package a
 *   service happened to pick (a type-only name is free: it costs nothing at run time);
 * - a `./schema` entry holds only tables, enums, relations and views: it is what drizzle-kit and
 *   `createDb({ schema })` read, and anything else there becomes part of every service's schema object;
 * - no `export *` in a package's index or schema bundle: a face is a list someone chose, not whatever a
 *   file happens to export.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** package name → entry subpath ('.', './schema', …) → the runtime names it exports. */
export type Faces = Record<string, Record<string, string[]>>;

/** Each runtime name exported by more than one package, with the packages that export it. */
export function duplicateNames(faces: Faces): { name: string; packages: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const [pkg, entries] of Object.entries(faces))
    for (const names of Object.values(entries))
      for (const n of names) owners.set(n, (owners.get(n) ?? new Set()).add(pkg));
  return [...owners]
    .filter(([, p]) => p.size > 1)
    .map(([name, p]) => ({ name, packages: [...p].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// drizzle marks its classes with this registered symbol; reading it needs no drizzle-orm import here.
const entityKind = Symbol.for('drizzle:entityKind');
const schemaKinds = new Set(['PgTable', 'PgView', 'PgMaterializedView', 'Relations']);

/** What a schema bundle may hold: a drizzle table, view, relations object or pgEnum. */
export function isSchemaObject(value: unknown): boolean {
  if (typeof value === 'function' && 'enumName' in value && 'enumValues' in value) return true;
  if (typeof value !== 'object' || value === null) return false;
  // From the prototype, not `.constructor`: a view is a Proxy that answers property reads with its columns.
  const start = Object.getPrototypeOf(value)?.constructor as { [entityKind]?: string } | undefined;
  for (let c = start; c; c = Object.getPrototypeOf(c))
    if (c[entityKind] && schemaKinds.has(c[entityKind])) return true;
  return false;
}

/** The TypeScript file behind an `exports` entry: the `source` condition first, else any `.ts` target. */
function entryFile(target: unknown): string | undefined {
  if (typeof target === 'string') return target.endsWith('.ts') ? target : undefined;
  if (typeof target !== 'object' || target === null) return undefined;
  const t = target as Record<string, unknown>;
  return entryFile(t.source) ?? Object.values(t).map(entryFile).find(Boolean);
}

async function loadFaces(): Promise<{ faces: Faces; strays: string[] }> {
  const faces: Faces = {};
  const strays: string[] = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    for (const [sub, target] of Object.entries<unknown>(manifest.exports ?? {})) {
      const file = entryFile(target);
      if (!file) continue;
      const mod = (await import(pathToFileURL(join(root, 'packages', dir, file)).href)) as Record<
        string,
        unknown
      >;
      faces[manifest.name] = { ...faces[manifest.name], [sub]: Object.keys(mod) };
      if (sub.endsWith('/schema'))
        for (const [k, v] of Object.entries(mod))
          if (!isSchemaObject(v))
            strays.push(`${manifest.name}/schema exports ${k}, not a table, enum, relations or view`);
    }
  }
  return { faces, strays };
}

/** `export *` lines in the packages' src/index.ts and src/schema/index.ts. */
function starExports(): string[] {
  return readdirSync(join(root, 'packages')).flatMap((dir) =>
    ['src/index.ts', 'src/schema/index.ts'].flatMap((f) => {
      const path = join(root, 'packages', dir, f);
      if (!existsSync(path)) return [];
      return readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => /^export \* /.test(l))
        .map((l) => `packages/${dir}/${f}: \`${l}\`: name what the package offers`);
    }),
  );
}

const isEntry = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  const { faces, strays } = await loadFaces();
  const problems = [
    ...duplicateNames(faces).map(
      (d) =>
        `${d.name} is exported by ${d.packages.join(' and ')}: keep one owner (others import it) or rename`,
    ),
    ...strays,
    ...starExports(),
  ];
  for (const p of problems) console.error(`faces: ${p}`);
  if (problems.length) process.exit(1);
  const entries = Object.values(faces).reduce((n, e) => n + Object.keys(e).length, 0);
  console.log(`faces: ${entries} entries of ${Object.keys(faces).length} packages, no name exported twice`);
  // Importing the packages may leave handles open (pools, timers); the check is done.
  process.exit(0);
}
