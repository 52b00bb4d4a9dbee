import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './repo';

/**
 * Repeatable SQL (`packages/<pkg>/src/sql/*.sql`) holds only what `create or replace` truly replaces:
 * functions, procedures, triggers and their attachment, comments. Stateful objects — tables, columns,
 * constraints, indexes, views, types, schemas, roles, policies, rows — are versioned migrations, or an edit
 * would reach fresh databases and silently miss every existing one.
 */
const allowed =
  /^(create\s+or\s+replace\s+(function|procedure|trigger|constraint\s+trigger)|comment\s+on)\b/i;

const sqlFiles = readdirSync(join(root, 'packages'))
  .flatMap((p) => {
    const dir = join(root, 'packages', p, 'src', 'sql');
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  })
  .sort();

/** Top-level statements of a script, comments removed; dollar-quoted bodies and strings stay intact. */
export function topLevelStatements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    if (rest.startsWith('--')) {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
      continue;
    }
    if (rest.startsWith('/*')) {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
      continue;
    }
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (dollar) {
      const end = script.indexOf(dollar[0], i + dollar[0].length);
      const stop = end < 0 ? script.length : end + dollar[0].length;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (rest[0] === "'") {
      let j = i + 1;
      while (j < script.length && !(script[j] === "'" && script[j + 1] !== "'"))
        j += script[j] === "'" ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (rest[0] === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += rest[0];
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

const short = (s: string) => s.replace(/\s+/g, ' ').slice(0, 90);
const relPath = (f: string) => f.slice(root.length);

describe('repeatable SQL (src/sql/*.sql)', () => {
  it('finds the SQL of every package', () => {
    expect(sqlFiles.length).toBeGreaterThan(20);
  });

  it('splits statements around dollar-quoted bodies, strings and comments', () => {
    expect(
      topLevelStatements(`-- a; b
create or replace function f() returns text language sql as $$ select 'x;y' $$;
/* c; */ comment on function f() is 'it''s; fine';`),
    ).toEqual([
      "create or replace function f() returns text language sql as $$ select 'x;y' $$",
      "comment on function f() is 'it''s; fine'",
    ]);
  });

  it('holds only functions, triggers and comments: stateful DDL, DO blocks and data go to migrations', () => {
    const refused = sqlFiles.flatMap((f) =>
      topLevelStatements(readFileSync(f, 'utf8'))
        .filter((s) => !allowed.test(s))
        .map((s) => `${relPath(f)}: ${short(s)}`),
    );
    expect(
      refused,
      `Only create or replace function/procedure/trigger and comment on belong in repeatable SQL; ` +
        `write a migration (pnpm db:generate, or --custom) for:\n  ${refused.join('\n  ')}`,
    ).toEqual([]);
  });

  it('has no `if not exists` guards outside function bodies (a guard hides a change from existing databases)', () => {
    const guarded = sqlFiles.flatMap((f) =>
      topLevelStatements(readFileSync(f, 'utf8'))
        .map((s) => s.replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '$$…$$'))
        .filter((s) => /\bif\s+not\s+exists\b/i.test(s))
        .map((s) => `${relPath(f)}: ${short(s)}`),
    );
    expect(guarded).toEqual([]);
  });

  it('is formatted consistently: lower-case statements, two-space indents, no tabs or trailing blanks', () => {
    const problems: string[] = [];
    for (const f of sqlFiles) {
      const text = readFileSync(f, 'utf8');
      if (!text.endsWith('\n') || text.endsWith('\n\n'))
        problems.push(`${relPath(f)}: must end with one newline`);
      if (text.includes('\r')) problems.push(`${relPath(f)}: CRLF line endings`);
      text.split('\n').forEach((line, n) => {
        if (/\t/.test(line)) problems.push(`${relPath(f)}:${n + 1}: tab`);
        if (/\s+$/.test(line)) problems.push(`${relPath(f)}:${n + 1}: trailing whitespace`);
        if (/^\s*(CREATE|COMMENT|BEGIN|END|DECLARE|RETURN|SELECT|INSERT|UPDATE|DELETE|IF|ELSE)\b/.test(line))
          problems.push(`${relPath(f)}:${n + 1}: upper-case keyword (we write SQL in lower case)`);
      });
      for (const s of topLevelStatements(text)) {
        if (/^create or replace function/i.test(s) && !/\blanguage\s+(plpgsql|sql)\b/i.test(s))
          problems.push(`${relPath(f)}: ${short(s)}: say the language`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every function and trigger literally, so `git grep` finds each name PostgreSQL prints', () => {
    const dynamic = sqlFiles.flatMap((f) =>
      topLevelStatements(readFileSync(f, 'utf8'))
        .filter((s) => /^create or replace (function|trigger)\s+[^\s(]*[%$|{]/i.test(s))
        .map((s) => `${relPath(f)}: ${short(s)}`),
    );
    expect(dynamic).toEqual([]);
  });
});
