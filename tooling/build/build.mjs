#!/usr/bin/env node
// Builds the package in the working directory into dist/ for services outside the workspace: ESM bundles
// (relative imports resolved by esbuild, dependencies left external) + per-file .d.ts with NodeNext-valid
// specifiers + source maps, and the src/sql files the code reads at run time. The entries are read from
// the `exports` map: each key's "@touriquest/source" file is built to its "import" file.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const dist = join(pkgDir, 'dist');
const entries = Object.values(pkg.exports).map((e) => {
  if (!e['@touriquest/source'] || !e.import?.startsWith('./dist/'))
    throw new Error(`${pkg.name}: every export needs "@touriquest/source" and an "import" under ./dist/`);
  return { in: e['@touriquest/source'], out: e.import.slice('./dist/'.length, -'.js'.length) };
});
for (const b of Object.values(pkg.bin ?? {})) {
  if (b.startsWith('./dist/')) entries.push({ in: `./src/${b.slice(7, -4)}.ts`, out: b.slice(7, -4) });
}

rmSync(dist, { recursive: true, force: true });
// Splitting: modules shared by two entries land once in a chunk, so `.` and `./schema` hand out the same
// table objects. Chunks stay at dist/'s top level with the entries: `new URL('./sql/', import.meta.url)`
// then finds dist/sql/ from whichever file the code ended up in.
await build({
  absWorkingDir: pkgDir,
  entryPoints: entries,
  outdir: dist,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// Declarations: the other workspace packages are read from their built dist/ (no source condition), so
// only this package's files are in the program.
const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const tsconfig = join(pkgDir, 'node_modules', '.touriquest-build.tsconfig.json');
writeFileSync(
  tsconfig,
  JSON.stringify({
    extends: join(pkgDir, 'tsconfig.json'),
    compilerOptions: {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      declarationMap: true,
      rootDir: join(pkgDir, 'src'),
      outDir: dist,
      customConditions: [],
    },
    include: [join(pkgDir, 'src')],
  }),
);
const r = spawnSync(process.execPath, [tsc, '-p', tsconfig], { stdio: 'inherit' });
rmSync(tsconfig);
if (r.status !== 0) process.exit(r.status ?? 1);

// tsc keeps the sources' extensionless specifiers; NodeNext consumers need `./x.js` or `./x/index.js`.
function* files(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}
for (const file of files(dist)) {
  if (!file.endsWith('.d.ts')) continue;
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.\.?\/[^'"]*)\2/g, (_m, pre, q, spec) => {
    const base = resolve(dirname(file), spec.replace(/\.ts$/, ''));
    if (existsSync(`${base}.d.ts`)) return `${pre}${q}${spec.replace(/\.ts$/, '')}.js${q}`;
    if (existsSync(join(base, 'index.d.ts'))) return `${pre}${q}${spec.replace(/\/$/, '')}/index.js${q}`;
    throw new Error(`${relative(pkgDir, file)}: cannot resolve ${spec}`);
  });
  if (fixed !== text) writeFileSync(file, fixed);
}

if (existsSync(join(pkgDir, 'src', 'sql')))
  cpSync(join(pkgDir, 'src', 'sql'), join(dist, 'sql'), { recursive: true });
console.log(`${pkg.name}: built ${entries.map((e) => e.out).join(', ')} into dist/`);
