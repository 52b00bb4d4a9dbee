/**
 * `pnpm sql:render`: writes the SQL each package renders from core's generators into its `src/sql/` folder, so
 * every function and trigger name in the database is in a committed file (`git grep` finds it). `--check`
 * writes nothing and exits 1 when a committed file is stale or missing; `renderedSqlDrift()` is what the test uses.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRenderedSql } from './logic';

export const packagesDir = fileURLToPath(new URL('../../', import.meta.url));

export interface RenderedDrift {
  /** Files whose committed text differs from what the generators render now (or that do not exist). */
  stale: string[];
  /** `*.generated.sql` files that no generator renders any more. */
  orphaned: string[];
}

export function renderedSqlDrift(): RenderedDrift {
  const stale: string[] = [];
  const orphaned: string[] = [];
  for (const [pkg, files] of Object.entries(allRenderedSql)) {
    const dir = join(packagesDir, pkg, 'src', 'sql');
    for (const [file, text] of Object.entries(files)) {
      const path = join(dir, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text)
        stale.push(`packages/${pkg}/src/sql/${file}`);
    }
    for (const f of existsSync(dir) ? readdirSync(dir) : []) {
      if (f.endsWith('.generated.sql') && !(f in files)) orphaned.push(`packages/${pkg}/src/sql/${f}`);
    }
  }
  return { stale, orphaned };
}

export function renderSql(): string[] {
  const written: string[] = [];
  for (const [pkg, files] of Object.entries(allRenderedSql)) {
    for (const [file, text] of Object.entries(files)) {
      const path = join(packagesDir, pkg, 'src', 'sql', file);
      if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
      writeFileSync(path, text);
      written.push(`packages/${pkg}/src/sql/${file}`);
    }
  }
  return written;
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  if (process.argv.includes('--check')) {
    const drift = renderedSqlDrift();
    for (const f of drift.stale) console.error(`stale: ${f}`);
    for (const f of drift.orphaned) console.error(`no generator renders ${f}: delete it`);
    if (drift.stale.length || drift.orphaned.length) {
      console.error('sql:render --check: rendered SQL is out of date: run pnpm sql:render');
      process.exit(1);
    }
    console.log('sql:render --check: every rendered SQL file is current');
  } else {
    const written = renderSql();
    console.log(written.length ? `rendered ${written.join(', ')}` : 'rendered SQL already current');
  }
}
