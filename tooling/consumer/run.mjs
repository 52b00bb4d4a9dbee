#!/usr/bin/env node
// The consumer test (`pnpm test:consumer`, run by .ci/run): build, pack what @touriquest/bookings needs,
// install the tarballs with npm into a project outside the workspace, and there book a stay with plain
// node on a migrated server database, type-check the service under NodeNext, and bundle it with esbuild.
// Needs TEST_DATABASE_URL (a server it may create `<database>_consumer` on) or CONSUMER_DATABASE_URL;
// CONSUMER_KEEP=1 keeps the project (its bundle, node_modules) for a look.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBundle, assertOwnDeclarations, assertService, packagesNeeded } from './checks.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture/', import.meta.url));
const t0 = Date.now();
const step = (what) => console.log(`\n== consumer: ${what} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
// Outside the workspace nothing sets the source condition: a consumer resolves dist/ like any service.
const { NODE_OPTIONS: _, ...cleanEnv } = process.env;
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: cleanEnv, ...opts });

let dropScratch = async () => {};
const databaseUrl = await scratchDatabase();
const project = mkdtempSync(join(tmpdir(), 'touriquest-consumer-'));
try {
  step('build');
  const needed = packagesNeeded(repo, '@touriquest/bookings');
  run('pnpm', ['turbo', 'run', 'build', '--filter=@touriquest/bookings...'], { cwd: repo, stdio: 'inherit' });

  step(`pack ${needed.map((p) => p.name).join(' ')}`);
  const tarballs = needed.map((p) => {
    const out = run('pnpm', ['pack', '--pack-destination', project, '--json'], { cwd: p.dir });
    return JSON.parse(out).filename;
  });

  step('npm install into a project outside the workspace');
  const catalog = catalogVersions(readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        ...Object.fromEntries(needed.map((p, i) => [p.name, `file:${tarballs[i]}`])),
        ...pick(catalog, ['drizzle-orm', 'drizzle-zod', 'zod', 'postgres']),
      },
      devDependencies: pick(catalog, ['typescript', 'esbuild', '@types/node']),
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'inherit' });
  for (const f of readdirSync(fixture)) writeFileSync(join(project, f), readFileSync(join(fixture, f)));

  step('migrate the server database with the repository CLI');
  run('pnpm', ['touriquest-db', 'migrate'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...cleanEnv, DATABASE_URL: databaseUrl },
  });

  step('tsc (module/moduleResolution NodeNext)');
  run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project, stdio: 'inherit' });
  assertOwnDeclarations(project);

  step('plain node books a stay; the overlapping one is refused');
  const out = run(process.execPath, ['out/service.mjs'], {
    cwd: project,
    env: { ...cleanEnv, DATABASE_URL: databaseUrl },
  });
  assertService(out, project);

  step('esbuild bundle');
  run(
    join(project, 'node_modules/.bin/esbuild'),
    [
      'service.mts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--outfile=bundle.mjs',
      '--log-level=warning',
    ],
    { cwd: project, stdio: 'inherit' },
  );
  assertBundle(join(project, 'bundle.mjs'));

  step("the bundle runs on its own, away from the packages' dist/sql folders");
  const bundled = run(process.execPath, ['bundle.mjs'], {
    cwd: project,
    env: { ...cleanEnv, DATABASE_URL: databaseUrl },
  });
  assertService(bundled, project);
  console.log(`\nconsumer test passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} finally {
  if (process.env.CONSUMER_KEEP) console.log(`kept the consumer project at ${project}`);
  else rmSync(project, { recursive: true, force: true });
  await dropScratch();
}

function pick(obj, keys) {
  return Object.fromEntries(keys.map((k) => [k, obj[k] ?? fail(`catalog has no ${k}`)]));
}
function fail(msg) {
  throw new Error(msg);
}
/** The default catalog of pnpm-workspace.yaml (`catalog:` block, one `name: version` a line). */
function catalogVersions(yaml) {
  const block = yaml.split(/^catalog:\n/m)[1]?.split(/^\S/m)[0] ?? fail('no catalog in pnpm-workspace.yaml');
  return Object.fromEntries([...block.matchAll(/^\s+"?([^":]+)"?:\s*(\S+)/gm)].map((m) => [m[1], m[2]]));
}

async function scratchDatabase() {
  if (process.env.CONSUMER_DATABASE_URL) return process.env.CONSUMER_DATABASE_URL;
  const base =
    process.env.TEST_DATABASE_URL ??
    fail('the consumer test needs TEST_DATABASE_URL or CONSUMER_DATABASE_URL');
  const u = new URL(base);
  const name = `${u.pathname.slice(1) || 'postgres'}_consumer`;
  const psql = (sqlText) => run('psql', ['-v', 'ON_ERROR_STOP=1', '-qAt', '-d', base, '-c', sqlText]);
  psql(`drop database if exists ${name} with (force)`);
  psql(`create database ${name}`);
  dropScratch = async () => psql(`drop database if exists ${name} with (force)`);
  u.pathname = `/${name}`;
  return u.toString();
}
