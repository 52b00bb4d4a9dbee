// What the consumer test asserts, apart from the steps that run it (run.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `name` and the workspace packages it depends on, transitively, dependencies first. */
export function packagesNeeded(repo, name) {
  const all = new Map();
  for (const d of readdirSync(join(repo, 'packages'))) {
    const file = join(repo, 'packages', d, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      all.set(pkg.name, { name: pkg.name, dir: join(repo, 'packages', d), pkg });
    }
  }
  const order = [];
  const visit = (n) => {
    if (order.some((p) => p.name === n)) return;
    const p = all.get(n);
    if (!p) throw new Error(`no workspace package ${n}`);
    for (const [dep, spec] of Object.entries(p.pkg.dependencies ?? {}))
      if (String(spec).startsWith('workspace:')) visit(dep);
    if (p.pkg.private) throw new Error(`${n} is private: it cannot be installed outside the workspace`);
    order.push(p);
  };
  visit(name);
  return order;
}

function check(ok, what) {
  if (!ok) throw new Error(`consumer test: ${what}`);
  console.log(`ok - ${what}`);
}

/** The service's one line of JSON: a booking made, the overlapping one refused by the exclusion rule. */
export function assertService(stdout, project) {
  const r = JSON.parse(stdout.trim().split('\n').pop());
  check(
    typeof r.booked === 'string' && r.status === 'pending',
    `a stay was booked (${r.booked}, ${r.status})`,
  );
  check(Number.isInteger(r.totalMinor) && r.totalMinor > 0, `it was quoted (${r.totalMinor} minor units)`);
  check(
    r.refused?.code === 'dates_unavailable' && r.refused?.rule === 'bookings_no_overlap_excl',
    `the overlapping stay was refused (${JSON.stringify(r.refused)})`,
  );
  check(
    !existsSync(join(project, 'node_modules/@electric-sql')),
    'installing the packages installed no PGlite',
  );
}

/** The bundle holds bookings and what it needs, and nothing of PGlite, social, reviews or ai-admin. */
export function assertBundle(file) {
  const text = readFileSync(file, 'utf8');
  // esbuild heads every module it includes with a `// <path>` comment: the paths say what went in.
  const modules = [...text.matchAll(/^\/\/ (\S+)$/gm)].map((m) => m[1]);
  const kb = (statSync(file).size / 1024).toFixed(0);
  console.log(`bundle: ${kb} kB, ${modules.length} modules`);
  check(
    modules.some((m) => m.includes('@touriquest/bookings/dist/')),
    'the bundle holds @touriquest/bookings',
  );
  for (const pkg of [
    '@electric-sql/',
    'drizzle-orm/pglite',
    '@touriquest/social',
    '@touriquest/reviews',
    '@touriquest/ai-admin',
  ])
    check(!modules.some((m) => m.includes(pkg)), `the bundle has no module of ${pkg}`);
  // An import of the engine, even a dynamic one left for run time, would name its package.
  check(
    !text.includes('@electric-sql/') && !/PGlite\.create|new PGlite/.test(text),
    'the bundle never loads PGlite',
  );
  for (const logic of ['social/', 'reviews/', 'ai-admin/'])
    check(
      !text.includes(`loadSqlFolder("${logic.slice(0, -1)}"`),
      `the bundle loads no ${logic.slice(0, -1)} SQL`,
    );
}

/**
 * skipLibCheck hides errors inside declaration files, and an unresolved name there silently types a result
 * as nothing useful. drizzle-orm's own .d.ts need skipLibCheck; ours must pass without it.
 */
export function assertOwnDeclarations(project) {
  const r = spawnSync(
    join(project, 'node_modules/.bin/tsc'),
    ['-p', 'tsconfig.json', '--noEmit', '--skipLibCheck', 'false'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  const ours = r.stdout.split('\n').filter((l) => l.startsWith('node_modules/@touriquest/'));
  for (const l of ours.slice(0, 5)) console.log(l.slice(0, 300));
  check(ours.length === 0, `the packages' .d.ts have no errors without skipLibCheck (${ours.length} found)`);
}
