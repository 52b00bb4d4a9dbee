import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, schemaPackages, sourceFiles } from './repo';

// The package skeleton of CONVENTIONS.md (Layout), for every domain package: core and db have their own.
const domainPackages = schemaPackages().filter(
  (p) => p.name !== '@touriquest/core' && p.name !== '@touriquest/db',
);

const srcFiles = ['constants.ts', 'index.ts', 'logic.ts', 'rules.ts', 'validation.ts'];
const srcFolders = ['schema', 'queries', 'sql'];
const extraSrcFiles: Record<string, string[]> = {};

/**
 * Schema files that may define more than one pgTable (a child or join table that is the same thing as its
 * parent), by path from the repository root, each with the one-line reason.
 */
const multiTableFiles: Record<string, string> = {};

const rel = (path: string) => relative(root, path);

/** Code without comments, so a doc comment that names `pgTable(` or `relations(` counts for nothing. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** The failure message names every offending file: vitest's own diff would elide them. */
const listed = (why: string, files: string[]) => (files.length ? `${why}:\n  ${files.join('\n  ')}` : why);

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
const pgTableCall = /\bpgTable\s*\(/g;
const relationsCall = /\brelations\s*\(/g;
/** A relations(...) call, capturing its first argument: the table the relations belong to. */
const relationsOf = /\brelations\s*\(\s*(\w+)/g;

describe('package skeleton (CONVENTIONS.md, Layout)', () => {
  it('finds the domain packages', () => {
    expect(domainPackages.length).toBeGreaterThan(0);
  });

  describe.each(domainPackages.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const src = join(p.dir, 'src');
    const schema = join(src, 'schema');

    it('keeps its repeatable SQL in src/sql/*.sql (no SQL in TypeScript template modules)', () => {
      const sqlFiles = existsSync(join(src, 'sql')) ? readdirSync(join(src, 'sql')) : [];
      expect(
        sqlFiles.filter((f) => f.endsWith('.sql')).length,
        'src/sql/ holds no .sql file',
      ).toBeGreaterThan(0);
      const strays = sqlFiles.filter((f) => !f.endsWith('.sql')).map((f) => rel(join(src, 'sql', f)));
      expect(strays, listed('src/sql/ holds only .sql files', strays)).toEqual([]);
    });

    it('holds only the skeleton files and folders in src/', () => {
      const files = [...srcFiles, ...(extraSrcFiles[p.name] ?? [])];
      const strays = readdirSync(src, { withFileTypes: true })
        .filter((e) => (e.isDirectory() ? !srcFolders.includes(e.name) : !files.includes(e.name)))
        .map((e) => `${rel(join(src, e.name))}${e.isDirectory() ? '/' : ''}`);
      expect(
        strays,
        listed(
          `src/ may hold only ${files.join(', ')} and the folders ${srcFolders.map((f) => `${f}/`).join(', ')} ` +
            '(tables go to src/schema/<table>.ts, zod to src/validation.ts, query helpers to src/queries/)',
          strays,
        ),
      ).toEqual([]);
    });

    it('has src/schema/index.ts', () => {
      expect(existsSync(join(schema, 'index.ts')), `${rel(schema)}/index.ts is missing`).toBe(true);
    });

    it('defines each relations(...) in src/schema/<table>.ts, the file of its table', () => {
      const misplaced = sourceFiles(src).flatMap((f) => {
        const text = code(f);
        const calls = count(text, relationsCall);
        if (calls === 0) return [];
        if (dirname(f) !== schema) return [`${rel(f)}: outside ${rel(schema)}/`];
        const tables = [...text.matchAll(relationsOf)].map((m) => m[1]!);
        const strays = tables
          .filter((t) => !new RegExp(`\\bexport const ${t}\\s*=\\s*pgTable\\s*\\(`).test(text))
          .map((t) => `${rel(f)}: relations(${t}, ...) but ${t} is not a pgTable defined in this file`);
        if (tables.length < calls)
          strays.push(`${rel(f)}: a relations(...) whose first argument is not a table name`);
        return strays;
      });
      expect(
        misplaced,
        listed(
          'relations(x, ...) belongs in src/schema/<table>.ts next to `export const x = pgTable(...)`: move these ' +
            'to the file of their table',
          misplaced,
        ),
      ).toEqual([]);
    });

    it('defines at most one pgTable per schema file', () => {
      const crowded = existsSync(schema)
        ? sourceFiles(schema)
            .map((f) => ({ file: rel(f), tables: count(code(f), pgTableCall) }))
            .filter(({ file, tables }) => tables > 1 && !(file in multiTableFiles))
            .map(({ file, tables }) => `${file} (${tables} tables)`)
        : [];
      expect(
        crowded,
        listed(
          'one pgTable per file, src/schema/<table>.ts named after the SQL table: split these, or add a file ' +
            'whose tables are the same thing to multiTableFiles with the reason',
          crowded,
        ),
      ).toEqual([]);
    });

    it('keeps all zod in src/validation.ts (no validation-*.ts)', () => {
      const seconds = sourceFiles(p.dir)
        .filter((f) => /^validation-.+\.ts$/.test(basename(f)))
        .map(rel);
      expect(
        seconds,
        listed('all zod of a package lives in src/validation.ts: merge these into it', seconds),
      ).toEqual([]);
    });
  });

  it('allow-lists only schema files that exist and do define several tables', () => {
    const stale = Object.keys(multiTableFiles).filter((file) => {
      const path = join(root, file);
      return !existsSync(path) || count(code(path), pgTableCall) < 2;
    });
    expect(stale, listed('remove these stale entries from multiTableFiles', stale)).toEqual([]);
  });
});
