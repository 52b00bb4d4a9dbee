import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseLogic } from './types';

/**
 * A package's repeatable SQL: every `*.sql` file of its `src/sql/` folder, in file-name order, one logic
 * item per file named `<package>/<file without .sql>`. Rendered files (`*.generated.sql`) load like the rest.
 *
 * Read on first use, not at import: a service bundled into one file imports every package's index yet never
 * applies its SQL, and the folders are not beside the bundle (reading them at import crashed it).
 */
export function loadSqlFolder(pkg: string, folder: URL): DatabaseLogic[] {
  let items: DatabaseLogic[] | undefined;
  const load = () => {
    items ??= readSqlFolder(pkg, folder);
    return items;
  };
  return new Proxy([] as DatabaseLogic[], {
    get(_, key) {
      const value = Reflect.get(load(), key);
      return typeof value === 'function' ? value.bind(load()) : value;
    },
    has: (_, key) => Reflect.has(load(), key),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
  });
}

function readSqlFolder(pkg: string, folder: URL): DatabaseLogic[] {
  const dir = fileURLToPath(folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({
      name: `${pkg}/${f.slice(0, -'.sql'.length)}`,
      file: join(dir, f),
      sql: readFileSync(join(dir, f), 'utf8'),
    }));
}

/**
 * SQL that a package renders from core's generators, by file name (`category-tree.generated.sql` → SQL).
 * `pnpm sql:render` writes them into the package's `src/sql/`; a test fails when a committed file is stale.
 */
export type RenderedSql = Record<string, string>;

/** The committed text of a rendered file: a header naming its source, then the generated SQL. */
export function renderedSqlFile(source: string, sqlText: string): string {
  return `-- Rendered from ${source} by \`pnpm sql:render\`: edit the generator, not this file.\n${sqlText.replace(/^\n+/, '').replace(/\s+$/, '')}\n`;
}
